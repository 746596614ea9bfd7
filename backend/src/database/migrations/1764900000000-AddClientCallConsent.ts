import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether the client agreed to automated calls (surveys and reminders). */
export class AddClientCallConsent1764900000000 implements MigrationInterface {
  name = 'AddClientCallConsent1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" ADD "call_consent" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "call_consent"`);
  }
}
