import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document templates per language: each kind has one in en, ru and uk. Templates admins saved before
 * are kept as the English ones, which is what the defaults they replaced were.
 */
export class AddDocumentTemplateLanguage1764610000000 implements MigrationInterface {
  name = 'AddDocumentTemplateLanguage1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "document_templates" ADD "language" character varying(2) NOT NULL DEFAULT 'en'`,
    );
    await queryRunner.query(`ALTER TABLE "document_templates" ALTER COLUMN "language" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "document_templates" DROP CONSTRAINT "PK_edc1ab0d37a4899e73dd50e3c27"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_templates" ADD CONSTRAINT "PK_4c00a8e68ec7d92bc0f044d6e82" PRIMARY KEY ("kind", "language")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "document_templates" WHERE "language" <> 'en'`);
    await queryRunner.query(
      `ALTER TABLE "document_templates" DROP CONSTRAINT "PK_4c00a8e68ec7d92bc0f044d6e82"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_templates" ADD CONSTRAINT "PK_edc1ab0d37a4899e73dd50e3c27" PRIMARY KEY ("kind")`,
    );
    await queryRunner.query(`ALTER TABLE "document_templates" DROP COLUMN "language"`);
  }
}
