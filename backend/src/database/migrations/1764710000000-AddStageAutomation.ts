import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stages that orders move into by themselves (debt paid in full, a document issued), at most one stage per
 * trigger; transitions remember which automation made them. The seeded Paid stage takes full payment.
 */
export class AddStageAutomation1764710000000 implements MigrationInterface {
  name = 'AddStageAutomation1764710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order_stages" ADD "automation" character varying(16)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "order_stages_automation_unique" ON "order_stages" ("automation") WHERE "automation" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "order_transitions" ADD "automation" character varying(16)`);
    await queryRunner.query(`UPDATE "order_stages" SET "automation" = 'paidInFull' WHERE "key" = 'paid'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order_transitions" DROP COLUMN "automation"`);
    await queryRunner.query(`DROP INDEX "public"."order_stages_automation_unique"`);
    await queryRunner.query(`ALTER TABLE "order_stages" DROP COLUMN "automation"`);
  }
}
