import { MigrationInterface, QueryRunner } from 'typeorm';
import { fillSearchNames } from '../../modules/clients/search/search-names.backfill';

/** Names searched across scripts (a Latin key beside the display name) and e-mails by any fragment. */
export class AddClientSearchName1764720000000 implements MigrationInterface {
  name = 'AddClientSearchName1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" ADD "search_name" text NOT NULL DEFAULT ''`);
    await fillSearchNames(queryRunner);
    // Built after the backfill: filling a trigram index row by row is several times slower.
    await queryRunner.query(
      `CREATE INDEX "clients_search_name_trgm" ON "clients" USING gin ("search_name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_emails_email_trgm" ON "client_emails" USING gin ("email" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "client_emails_email_trgm"`);
    await queryRunner.query(`DROP INDEX "clients_search_name_trgm"`);
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "search_name"`);
  }
}
