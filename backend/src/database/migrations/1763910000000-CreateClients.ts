import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateClients1763910000000 implements MigrationInterface {
  name = 'CreateClients1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "clients" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "kind" character varying(16) NOT NULL,
        "display_name" character varying(400) NOT NULL,
        "first_name" character varying(128),
        "last_name" character varying(128),
        "middle_name" character varying(128),
        "legal_name" character varying(256),
        "tax_id" character varying(16),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "deleted_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_f1ab7cf3a5714dbc6bb4e1c28a4" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "client_phones" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "label" character varying(64),
        "original" character varying(64) NOT NULL,
        "e164" character varying(16) NOT NULL,
        "client_id" uuid NOT NULL,
        CONSTRAINT "PK_3181b355647814ff8cd8ad7728f" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "client_phones_e164" ON "client_phones" ("e164")`);
    await queryRunner.query(`CREATE INDEX "client_phones_client" ON "client_phones" ("client_id")`);
    await queryRunner.query(
      `ALTER TABLE "client_phones" ADD CONSTRAINT "client_phones_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "client_phones"`);
    await queryRunner.query(`DROP TABLE "clients"`);
  }
}
