import { MigrationInterface, QueryRunner } from 'typeorm';

/** Document templates, generated documents with their numbers, and attachments of clients and orders. */
export class CreateDocuments1763930000000 implements MigrationInterface {
  name = 'CreateDocuments1763930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "file_name" character varying(255) NOT NULL, "content_type" character varying(128) NOT NULL, "size" integer NOT NULL, "data" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid, "order_id" uuid, "created_by" uuid, CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "attachments_order" ON "attachments" ("order_id")`);
    await queryRunner.query(`CREATE INDEX "attachments_client" ON "attachments" ("client_id")`);
    await queryRunner.query(
      `CREATE TABLE "document_number_counters" ("kind" character varying(16) NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_381062268156d26ff5fb01050a6" PRIMARY KEY ("kind", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "document_templates" ("kind" character varying(16) NOT NULL, "name" character varying(128) NOT NULL, "body" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "PK_edc1ab0d37a4899e73dd50e3c27" PRIMARY KEY ("kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(16) NOT NULL, "number" character varying(24) NOT NULL, "html" text NOT NULL, "pdf" bytea, "has_pdf" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "order_id" uuid, "created_by" uuid, CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "documents_order" ON "documents" ("order_id")`);
    await queryRunner.query(`CREATE INDEX "documents_client" ON "documents" ("client_id", "created_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "documents_number_unique" ON "documents" ("number")`);
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "attachments_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "attachments_order_fk" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "attachments_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_templates" ADD CONSTRAINT "document_templates_updated_by_fk" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_order_fk" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_order_fk"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_client_fk"`);
    await queryRunner.query(
      `ALTER TABLE "document_templates" DROP CONSTRAINT "document_templates_updated_by_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "attachments_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "attachments_order_fk"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "attachments_client_fk"`);
    await queryRunner.query(`DROP INDEX "public"."documents_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."documents_client"`);
    await queryRunner.query(`DROP INDEX "public"."documents_order"`);
    await queryRunner.query(`DROP TABLE "documents"`);
    await queryRunner.query(`DROP TABLE "document_templates"`);
    await queryRunner.query(`DROP TABLE "document_number_counters"`);
    await queryRunner.query(`DROP INDEX "public"."attachments_client"`);
    await queryRunner.query(`DROP INDEX "public"."attachments_order"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
