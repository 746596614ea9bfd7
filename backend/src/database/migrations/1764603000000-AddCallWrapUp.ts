import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the agent records after a call: code, note, the order it was about and the follow-up task. */
export class AddCallWrapUp1764603000000 implements MigrationInterface {
  name = 'AddCallWrapUp1764603000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calls" ADD "wrap_up_code" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "calls" ADD "wrap_up_note" text`);
    await queryRunner.query(`ALTER TABLE "calls" ADD "wrap_up_order_id" uuid`);
    await queryRunner.query(`ALTER TABLE "calls" ADD "wrap_up_task_id" uuid`);
    await queryRunner.query(`ALTER TABLE "calls" ADD "wrapped_up_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "calls" ADD "wrapped_up_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "calls" ADD CONSTRAINT "calls_wrapped_up_by_fk" FOREIGN KEY ("wrapped_up_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "calls_wrapped_up_by_fk"`);
    for (const column of [
      'wrapped_up_by',
      'wrapped_up_at',
      'wrap_up_task_id',
      'wrap_up_order_id',
      'wrap_up_note',
      'wrap_up_code',
    ]) {
      await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "${column}"`);
    }
  }
}
