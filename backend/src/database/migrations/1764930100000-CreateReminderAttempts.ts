import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminder calls, one row per attempt: unique per kind, subject, occasion and attempt number. */
export class CreateReminderAttempts1764930100000 implements MigrationInterface {
  name = 'CreateReminderAttempts1764930100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder_attempts" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(24) NOT NULL, "subject" uuid NOT NULL, "occasion" character varying(40) NOT NULL, "attempt" smallint NOT NULL, "client_id" uuid NOT NULL, "phone" character varying(20) NOT NULL, "language" character varying(8) NOT NULL, "time_zone" character varying(64) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'scheduled', "outcome" character varying(16), "facts" jsonb NOT NULL, "note" character varying(200), "dialed_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reminder_attempts_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reminder_attempts_client" ON "reminder_attempts" ("client_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reminder_attempts_key" ON "reminder_attempts" ("kind", "subject", "occasion", "attempt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "reminder_attempts_waiting" ON "reminder_attempts" ("due_at") WHERE "state" = 'scheduled'`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder_attempts" ADD CONSTRAINT "reminder_attempts_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_attempts" DROP CONSTRAINT "reminder_attempts_client_fk"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_attempts_waiting"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_attempts_key"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_attempts_client"`);
    await queryRunner.query(`DROP TABLE "reminder_attempts"`);
  }
}
