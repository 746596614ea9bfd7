import { MigrationInterface, QueryRunner } from 'typeorm';

/** A console setting: whether an agent is told that a supervisor monitors their call (off by default). */
export class AddTellAgentWhenMonitored1764830000000 implements MigrationInterface {
  name = 'AddTellAgentWhenMonitored1764830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "console_settings" ADD "tell_agent_when_monitored" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "console_settings" DROP COLUMN "tell_agent_when_monitored"`);
  }
}
