import { MigrationInterface, QueryRunner } from 'typeorm';

/** Recordings admins upload for survey questions, one per question and language, as telephone WAV. */
export class CreateSurveyRecordings1764920000000 implements MigrationInterface {
  name = 'CreateSurveyRecordings1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "survey_recordings" (
        "question_id" uuid NOT NULL,
        "language" character varying(8) NOT NULL,
        "wav" bytea NOT NULL,
        "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "survey_recordings_pk" PRIMARY KEY ("question_id", "language"),
        CONSTRAINT "survey_recordings_question_fk" FOREIGN KEY ("question_id") REFERENCES "survey_questions"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "survey_recordings"`);
  }
}
