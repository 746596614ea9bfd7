import { MigrationInterface, QueryRunner } from 'typeorm';

/** Clients with phones, emails and contact persons; custom fields, history and saved segments. */
export class CreateClients1763910000000 implements MigrationInterface {
  name = 'CreateClients1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client_emails" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "position" smallint NOT NULL DEFAULT '0', "label" character varying(64), "email" character varying(254) NOT NULL, "client_id" uuid NOT NULL, CONSTRAINT "PK_2dc5942ec965b4cbc8480ea0973" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "client_emails_client" ON "client_emails" ("client_id")`);
    await queryRunner.query(`CREATE INDEX "client_emails_email" ON "client_emails" ("email")`);
    await queryRunner.query(
      `CREATE TABLE "clients" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(16) NOT NULL, "display_name" character varying(400) NOT NULL, "first_name" character varying(128), "last_name" character varying(128), "middle_name" character varying(128), "birth_date" date, "gender" character varying(8), "legal_name" character varying(256), "tax_id" character varying(16), "registration_numbers" jsonb NOT NULL DEFAULT '[]', "bank_details" jsonb, "legal_address" character varying(500), "delivery_address" character varying(500), "category" character varying(64), "tags" text array NOT NULL DEFAULT '{}', "source" character varying(16), "status" character varying(16) NOT NULL DEFAULT 'lead', "do_not_call" boolean NOT NULL DEFAULT false, "no_marketing" boolean NOT NULL DEFAULT false, "family_members" jsonb NOT NULL DEFAULT '[]', "important_dates" jsonb NOT NULL DEFAULT '[]', "custom_fields" jsonb NOT NULL DEFAULT '{}', "last_contact_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "manager_id" uuid, "created_by" uuid, "updated_by" uuid, CONSTRAINT "PK_f1ab7cf3a5714dbc6bb4e1c28a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "clients_created_at" ON "clients" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "clients_manager" ON "clients" ("manager_id")`);
    await queryRunner.query(`CREATE INDEX "clients_tax_id" ON "clients" ("tax_id")`);
    await queryRunner.query(`CREATE INDEX "clients_last_contact_at" ON "clients" ("last_contact_at")`);
    await queryRunner.query(`CREATE INDEX "clients_display_name" ON "clients" ("display_name")`);
    await queryRunner.query(
      `CREATE TABLE "client_phones" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "position" smallint NOT NULL DEFAULT '0', "label" character varying(64), "original" character varying(64) NOT NULL, "e164" character varying(16) NOT NULL, "client_id" uuid NOT NULL, "contact_id" uuid, CONSTRAINT "PK_3181b355647814ff8cd8ad7728f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "client_phones_client" ON "client_phones" ("client_id")`);
    await queryRunner.query(`CREATE INDEX "client_phones_e164" ON "client_phones" ("e164")`);
    await queryRunner.query(
      `CREATE TABLE "client_contacts" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "position" smallint NOT NULL DEFAULT '0', "name" character varying(200) NOT NULL, "job_title" character varying(128), "email" character varying(254), "client_id" uuid NOT NULL, CONSTRAINT "PK_1d0ab11dc872cb18d4850c970a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "client_contacts_client" ON "client_contacts" ("client_id")`);
    await queryRunner.query(
      `CREATE TABLE "client_custom_fields" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "key" character varying(64) NOT NULL, "label" character varying(128) NOT NULL, "type" character varying(16) NOT NULL, "options" text array NOT NULL DEFAULT '{}', "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_8f010976bc6e69b5a8e3e07a780" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "client_custom_fields_key_unique" ON "client_custom_fields" ("key")`,
    );
    await queryRunner.query(
      `CREATE TABLE "client_history" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(32) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "text" text, "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "author_id" uuid, CONSTRAINT "PK_154c7f67387b1dafc549f0f2631" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_history_timeline" ON "client_history" ("client_id", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "client_segments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(128) NOT NULL, "filter" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_c3c3a83af3b4bde4bc5462eb992" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "client_segments_name_unique" ON "client_segments" ("name")`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_emails" ADD CONSTRAINT "client_emails_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients" ADD CONSTRAINT "clients_manager_fk" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients" ADD CONSTRAINT "clients_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clients" ADD CONSTRAINT "clients_updated_by_fk" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_phones" ADD CONSTRAINT "client_phones_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_phones" ADD CONSTRAINT "client_phones_contact_fk" FOREIGN KEY ("contact_id") REFERENCES "client_contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_contacts" ADD CONSTRAINT "client_contacts_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_history" ADD CONSTRAINT "client_history_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_history" ADD CONSTRAINT "client_history_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_segments" ADD CONSTRAINT "client_segments_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Search indexes TypeORM cannot describe: trigram names, reversed numbers for "last digits", birthdays.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "clients_display_name_trgm" ON "clients" USING gin ("display_name" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "clients_tags" ON "clients" USING gin ("tags")`);
    await queryRunner.query(
      `CREATE INDEX "clients_birthday" ON "clients" (((EXTRACT(MONTH FROM "birth_date") * 100 + EXTRACT(DAY FROM "birth_date"))::int))`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_phones_e164_reversed" ON "client_phones" (reverse("e164") text_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "client_phones_e164_reversed"`);
    await queryRunner.query(`DROP INDEX "clients_birthday"`);
    await queryRunner.query(`DROP INDEX "clients_tags"`);
    await queryRunner.query(`DROP INDEX "clients_display_name_trgm"`);
    await queryRunner.query(`ALTER TABLE "client_segments" DROP CONSTRAINT "client_segments_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "client_history" DROP CONSTRAINT "client_history_author_fk"`);
    await queryRunner.query(`ALTER TABLE "client_history" DROP CONSTRAINT "client_history_client_fk"`);
    await queryRunner.query(`ALTER TABLE "client_contacts" DROP CONSTRAINT "client_contacts_client_fk"`);
    await queryRunner.query(`ALTER TABLE "client_phones" DROP CONSTRAINT "client_phones_contact_fk"`);
    await queryRunner.query(`ALTER TABLE "client_phones" DROP CONSTRAINT "client_phones_client_fk"`);
    await queryRunner.query(`ALTER TABLE "clients" DROP CONSTRAINT "clients_updated_by_fk"`);
    await queryRunner.query(`ALTER TABLE "clients" DROP CONSTRAINT "clients_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "clients" DROP CONSTRAINT "clients_manager_fk"`);
    await queryRunner.query(`ALTER TABLE "client_emails" DROP CONSTRAINT "client_emails_client_fk"`);
    await queryRunner.query(`DROP INDEX "public"."client_segments_name_unique"`);
    await queryRunner.query(`DROP TABLE "client_segments"`);
    await queryRunner.query(`DROP INDEX "public"."client_history_timeline"`);
    await queryRunner.query(`DROP TABLE "client_history"`);
    await queryRunner.query(`DROP INDEX "public"."client_custom_fields_key_unique"`);
    await queryRunner.query(`DROP TABLE "client_custom_fields"`);
    await queryRunner.query(`DROP INDEX "public"."client_contacts_client"`);
    await queryRunner.query(`DROP TABLE "client_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."client_phones_e164"`);
    await queryRunner.query(`DROP INDEX "public"."client_phones_client"`);
    await queryRunner.query(`DROP TABLE "client_phones"`);
    await queryRunner.query(`DROP INDEX "public"."clients_display_name"`);
    await queryRunner.query(`DROP INDEX "public"."clients_last_contact_at"`);
    await queryRunner.query(`DROP INDEX "public"."clients_tax_id"`);
    await queryRunner.query(`DROP INDEX "public"."clients_manager"`);
    await queryRunner.query(`DROP INDEX "public"."clients_created_at"`);
    await queryRunner.query(`DROP TABLE "clients"`);
    await queryRunner.query(`DROP INDEX "public"."client_emails_email"`);
    await queryRunner.query(`DROP INDEX "public"."client_emails_client"`);
    await queryRunner.query(`DROP TABLE "client_emails"`);
  }
}
