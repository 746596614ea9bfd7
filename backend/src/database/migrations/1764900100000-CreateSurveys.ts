import { MigrationInterface, QueryRunner } from 'typeorm';

/** Surveys with their questions, campaigns that call clients with them, each call attempt and its answers. */
export class CreateSurveys1764900100000 implements MigrationInterface {
  name = 'CreateSurveys1764900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "surveys" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "name" character varying(120) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "surveys_pk" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "survey_questions" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "position" smallint NOT NULL,
        "kind" character varying(16) NOT NULL,
        "choices" smallint,
        "alert_at_or_below" smallint,
        "prompts" jsonb NOT NULL,
        "recorded_languages" character varying(8) array NOT NULL DEFAULT '{}',
        "survey_id" uuid NOT NULL,
        CONSTRAINT "survey_questions_pk" PRIMARY KEY ("id"),
        CONSTRAINT "survey_questions_survey_fk" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "survey_questions_survey" ON "survey_questions" ("survey_id", "position")`,
    );
    await queryRunner.query(`
      CREATE TABLE "survey_campaigns" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "name" character varying(120) NOT NULL,
        "trigger" jsonb NOT NULL,
        "delay_minutes" integer NOT NULL,
        "call_window" jsonb NOT NULL,
        "max_attempts" smallint NOT NULL,
        "retry_minutes" jsonb NOT NULL,
        "max_concurrent_calls" smallint NOT NULL,
        "consent_required" boolean NOT NULL,
        "do_not_call" character varying(20) array NOT NULL DEFAULT '{}',
        "status" character varying(16) NOT NULL DEFAULT 'draft',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "survey_id" uuid NOT NULL,
        CONSTRAINT "survey_campaigns_pk" PRIMARY KEY ("id"),
        CONSTRAINT "survey_campaigns_survey_fk" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id")
          ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE TABLE "survey_attempts" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "campaign_id" uuid NOT NULL,
        "client_id" uuid NOT NULL,
        "order_id" uuid,
        "subject" uuid NOT NULL,
        "attempt" smallint NOT NULL,
        "phone" character varying(20) NOT NULL,
        "language" character varying(8) NOT NULL,
        "time_zone" character varying(64) NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "state" character varying(16) NOT NULL DEFAULT 'scheduled',
        "note" character varying(200),
        "dialed_at" TIMESTAMP WITH TIME ZONE,
        "answered_at" TIMESTAMP WITH TIME ZONE,
        "ended_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "survey_attempts_pk" PRIMARY KEY ("id"),
        CONSTRAINT "survey_attempts_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "survey_campaigns"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "survey_attempts_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "survey_attempts_order_fk" FOREIGN KEY ("order_id") REFERENCES "orders"("id")
          ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "survey_attempts_key" ON "survey_attempts" ("campaign_id", "subject", "attempt")`,
    );
    await queryRunner.query(
      `CREATE INDEX "survey_attempts_state" ON "survey_attempts" ("campaign_id", "state")`,
    );
    await queryRunner.query(`
      CREATE TABLE "survey_answers" (
        "attempt_id" uuid NOT NULL,
        "question_id" uuid NOT NULL,
        "value" smallint,
        "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "survey_answers_pk" PRIMARY KEY ("attempt_id", "question_id"),
        CONSTRAINT "survey_answers_attempt_fk" FOREIGN KEY ("attempt_id") REFERENCES "survey_attempts"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "survey_answers_question_fk" FOREIGN KEY ("question_id") REFERENCES "survey_questions"("id")
          ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "survey_answers"`);
    await queryRunner.query(`DROP TABLE "survey_attempts"`);
    await queryRunner.query(`DROP TABLE "survey_campaigns"`);
    await queryRunner.query(`DROP TABLE "survey_questions"`);
    await queryRunner.query(`DROP TABLE "surveys"`);
  }
}
