import { MigrationInterface, QueryRunner } from 'typeorm';

/** Calls as the PBX reported them, one row per PBX call; the GIN index serves "calls that rang me". */
export class CreateCalls1764600000000 implements MigrationInterface {
  name = 'CreateCalls1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calls" ("id" uuid NOT NULL, "pbx" character varying(32) NOT NULL, "pbx_call_id" character varying(128) NOT NULL, "direction" character varying(8) NOT NULL, "caller_number" character varying(64) NOT NULL, "callee_number" character varying(64), "did" character varying(64), "queue" character varying(64), "agent_id" uuid, "rung_user_ids" uuid array NOT NULL DEFAULT '{}', "agent_extension" character varying(16), "client_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "wait_seconds" integer NOT NULL DEFAULT '0', "talk_seconds" integer NOT NULL DEFAULT '0', "hold_seconds" integer NOT NULL DEFAULT '0', "held_since" TIMESTAMP WITH TIME ZONE, "disposition" character varying(16), "recording" character varying(255), "timeline" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_d9171d91f8dd1a649659f1b6a20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "calls_started" ON "calls" ("started_at")`);
    await queryRunner.query(`CREATE INDEX "calls_client_started" ON "calls" ("client_id", "started_at")`);
    await queryRunner.query(`CREATE INDEX "calls_agent_started" ON "calls" ("agent_id", "started_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calls_pbx_call_unique" ON "calls" ("pbx", "pbx_call_id")`);
    await queryRunner.query(`CREATE INDEX "calls_rung_users" ON "calls" USING gin ("rung_user_ids")`);
    await queryRunner.query(
      `ALTER TABLE "calls" ADD CONSTRAINT "calls_agent_fk" FOREIGN KEY ("agent_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calls" ADD CONSTRAINT "calls_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "calls_client_fk"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "calls_agent_fk"`);
    await queryRunner.query(`DROP TABLE "calls"`);
  }
}
