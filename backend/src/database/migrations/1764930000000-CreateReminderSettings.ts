import { MigrationInterface, QueryRunner } from 'typeorm';

/** The reminder calls' rules (one row), every kind off until an admin turns it on (reminder-defaults.ts). */
export class CreateReminderSettings1764930000000 implements MigrationInterface {
  name = 'CreateReminderSettings1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder_settings" ("id" smallint NOT NULL, "rules" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reminder_settings_pk" PRIMARY KEY ("id"))`,
    );
    const rules = {
      instalmentDue: { enabled: false, daysBefore: 2 },
      instalmentOverdue: { enabled: false, daysAfter: 3 },
      tasks: { enabled: false, hoursBefore: 24 },
      window: { from: '10:00', to: '19:00', days: [1, 2, 3, 4, 5], timeZone: 'Europe/Kyiv' },
      maxAttempts: 3,
      retryMinutes: { noAnswer: 60, busy: 15, failed: 30 },
      consentRequired: true,
      operatorQueue: 'support',
    };
    await queryRunner.query(`INSERT INTO "reminder_settings" ("id", "rules") VALUES (1, $1)`, [
      JSON.stringify(rules),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reminder_settings"`);
  }
}
