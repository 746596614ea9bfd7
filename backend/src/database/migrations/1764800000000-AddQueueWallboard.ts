import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a caller joined a queue and how long an abandoning caller waited; each queue's wallboard settings. */
export class AddQueueWallboard1764800000000 implements MigrationInterface {
  name = 'AddQueueWallboard1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calls" ADD "queued_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE TABLE "queue_settings" (
        "queue" character varying(64) NOT NULL,
        "service_level_seconds" integer NOT NULL DEFAULT 20,
        "short_abandon_seconds" integer NOT NULL DEFAULT 5,
        "thresholds" jsonb NOT NULL DEFAULT '{}',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "queue_settings_pk" PRIMARY KEY ("queue")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "queue_settings"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "queued_at"`);
  }
}
