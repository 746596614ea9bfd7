import { MigrationInterface, QueryRunner } from 'typeorm';

/** The self-service menu's routing rule (one row): debtors and VIP categories to a queue or priority. */
export class CreateSelfServiceSettings1764910000000 implements MigrationInterface {
  name = 'CreateSelfServiceSettings1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "selfservice_settings" ("id" smallint NOT NULL, "debtor_queue" character varying(64), "debtor_priority" integer, "vip_categories" text array NOT NULL DEFAULT '{vip}', "vip_queue" character varying(64), "vip_priority" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5660c6500708fcecc6521259700" PRIMARY KEY ("id"))`,
    );
    // Routes nobody anywhere until an admin sets a queue or a priority.
    await queryRunner.query(`INSERT INTO "selfservice_settings" ("id") VALUES (1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "selfservice_settings"`);
  }
}
