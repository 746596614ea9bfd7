import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminder calls in progress, counted before each new one is claimed (the reminders' line limit). */
export class IndexDialingReminders1764940200000 implements MigrationInterface {
  name = 'IndexDialingReminders1764940200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "reminder_attempts_dialing" ON "reminder_attempts" ("dialed_at") WHERE "state" = 'dialing'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."reminder_attempts_dialing"`);
  }
}
