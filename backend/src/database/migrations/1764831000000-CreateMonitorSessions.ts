import { MigrationInterface, QueryRunner } from 'typeorm';

/** Supervisors' monitoring of agents' calls (listen, whisper, barge): one row per session, kept as the audit. */
export class CreateMonitorSessions1764831000000 implements MigrationInterface {
  name = 'CreateMonitorSessions1764831000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "monitor_sessions" ("id" uuid NOT NULL, "supervisor_id" uuid NOT NULL, "agent_id" uuid NOT NULL, "call_id" uuid, "mode" character varying(8) NOT NULL, "mode_changes" jsonb NOT NULL DEFAULT '[]', "agent_notified" boolean NOT NULL DEFAULT false, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aef97e3c3e0ea4af172ca1b2823" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "monitor_sessions_started" ON "monitor_sessions" ("started_at") `);
    await queryRunner.query(
      `ALTER TABLE "monitor_sessions" ADD CONSTRAINT "monitor_sessions_supervisor_fk" FOREIGN KEY ("supervisor_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitor_sessions" ADD CONSTRAINT "monitor_sessions_agent_fk" FOREIGN KEY ("agent_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "monitor_sessions" DROP CONSTRAINT "monitor_sessions_agent_fk"`);
    await queryRunner.query(
      `ALTER TABLE "monitor_sessions" DROP CONSTRAINT "monitor_sessions_supervisor_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."monitor_sessions_started"`);
    await queryRunner.query(`DROP TABLE "monitor_sessions"`);
  }
}
