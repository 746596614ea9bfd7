import { MigrationInterface, QueryRunner } from 'typeorm';

/** Client imports: the read file, its column mapping, progress counters and the rejected rows. */
export class CreateClientImports1763915000000 implements MigrationInterface {
  name = 'CreateClientImports1763915000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client_imports" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "file_name" character varying(255) NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'previewed', "columns" jsonb NOT NULL, "rows" jsonb NOT NULL, "mapping" jsonb, "total_rows" integer NOT NULL, "processed_rows" integer NOT NULL DEFAULT '0', "created_count" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "PK_e770b42f83651413dd89b2ef8ed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_imports" ADD CONSTRAINT "client_imports_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client_imports" DROP CONSTRAINT "client_imports_created_by_fk"`);
    await queryRunner.query(`DROP TABLE "client_imports"`);
  }
}
