import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every playback of a call recording: who, which call, when, from where. */
export class CreateRecordingPlaybacks1764940100000 implements MigrationInterface {
  name = 'CreateRecordingPlaybacks1764940100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "recording_playbacks" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "call_id" uuid NOT NULL, "user_id" uuid NOT NULL, "played_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "address" character varying(64), CONSTRAINT "recording_playbacks_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "recording_playbacks_call" ON "recording_playbacks" ("call_id", "played_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "recording_playbacks" ADD CONSTRAINT "recording_playbacks_call_fk" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recording_playbacks" ADD CONSTRAINT "recording_playbacks_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "recording_playbacks" DROP CONSTRAINT "recording_playbacks_user_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recording_playbacks" DROP CONSTRAINT "recording_playbacks_call_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."recording_playbacks_call"`);
    await queryRunner.query(`DROP TABLE "recording_playbacks"`);
  }
}
