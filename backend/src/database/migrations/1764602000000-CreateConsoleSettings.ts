import { MigrationInterface, QueryRunner } from 'typeorm';

/** The console's admin-defined choices, one row, with the defaults a new installation starts from. */
export class CreateConsoleSettings1764602000000 implements MigrationInterface {
  name = 'CreateConsoleSettings1764602000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "console_settings" ("id" smallint NOT NULL, "pause_reasons" jsonb NOT NULL, "disposition_codes" jsonb NOT NULL, "wrap_up_seconds" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60d04b0db9deac34ef77a54dfdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "console_settings" ("id", "pause_reasons", "disposition_codes", "wrap_up_seconds") VALUES (1, $1, $2, 60)`,
      [
        JSON.stringify(['lunch', 'training', 'back office']),
        JSON.stringify([
          { code: 'resolved', label: 'Resolved' },
          { code: 'sale', label: 'Sale' },
          { code: 'call-back', label: 'Call back later' },
          { code: 'complaint', label: 'Complaint' },
          { code: 'not-interested', label: 'Not interested' },
        ]),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "console_settings"`);
  }
}
