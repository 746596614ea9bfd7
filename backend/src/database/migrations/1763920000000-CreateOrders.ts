import { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalogue, orders with items, schedule and funnel transitions, payments, bonus rules and ledger. */
export class CreateOrders1763920000000 implements MigrationInterface {
  name = 'CreateOrders1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "order_installments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "due_date" date NOT NULL, "amount_minor" bigint NOT NULL, "order_id" uuid NOT NULL, CONSTRAINT "PK_0eedd79d7893761d0b31006e408" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "order_installments_order" ON "order_installments" ("order_id", "due_date")`,
    );
    await queryRunner.query(
      `CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(200) NOT NULL, "sku" character varying(64), "category" character varying(64), "unit" character varying(16) NOT NULL DEFAULT 'pcs', "price_minor" bigint NOT NULL, "vat_rate" smallint NOT NULL DEFAULT '20', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "products_name" ON "products" ("name")`);
    await queryRunner.query(
      `CREATE TABLE "order_items" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "position" smallint NOT NULL, "name" character varying(200) NOT NULL, "category" character varying(64), "quantity_milli" bigint NOT NULL, "unit" character varying(16) NOT NULL, "price_minor" bigint NOT NULL, "discount_basis_points" integer, "discount_minor" bigint NOT NULL, "vat_rate" smallint NOT NULL, "total_minor" bigint NOT NULL, "vat_minor" bigint NOT NULL, "order_id" uuid NOT NULL, "product_id" uuid, CONSTRAINT "PK_005269d8574e6fac0493715c308" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "order_items_order" ON "order_items" ("order_id")`);
    await queryRunner.query(
      `CREATE TABLE "order_stages" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "key" character varying(32) NOT NULL, "name" character varying(64) NOT NULL, "position" integer NOT NULL, "color" character varying(7) NOT NULL DEFAULT '#607d8b', "won" boolean NOT NULL DEFAULT false, "lost" boolean NOT NULL DEFAULT false, "next_step" character varying(200), CONSTRAINT "PK_8bd080bb9394786148bead74d29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "order_stages_key_unique" ON "order_stages" ("key")`);
    await queryRunner.query(
      `CREATE TABLE "orders" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "number" character varying(16) NOT NULL, "currency" character varying(3) NOT NULL, "subtotal" bigint NOT NULL, "discount" bigint NOT NULL, "vat" bigint NOT NULL, "total" bigint NOT NULL, "paid" bigint NOT NULL DEFAULT '0', "delivery_method" character varying(16), "delivery_address" character varying(500), "notes" text, "conditions" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "manager_id" uuid, "stage_id" uuid NOT NULL, "created_by" uuid, CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "orders_created_at" ON "orders" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "orders_manager" ON "orders" ("manager_id")`);
    await queryRunner.query(`CREATE INDEX "orders_stage" ON "orders" ("stage_id")`);
    await queryRunner.query(`CREATE INDEX "orders_client" ON "orders" ("client_id", "created_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "orders_number_unique" ON "orders" ("number")`);
    await queryRunner.query(
      `CREATE TABLE "bonus_entries" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(16) NOT NULL, "amount_minor" bigint NOT NULL, "reason" character varying(300), "expires_at" TIMESTAMP WITH TIME ZONE, "expired_entry_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "order_id" uuid, "author_id" uuid, CONSTRAINT "PK_f54f1d89d20b857e00a9b047ae1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "bonus_entries_client" ON "bonus_entries" ("client_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "bonus_rules" ("category" character varying(64) NOT NULL, "accrual_basis_points" integer NOT NULL, "max_redeem_basis_points" integer NOT NULL, CONSTRAINT "PK_ad078709cfa134def3af8e74918" PRIMARY KEY ("category"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "order_number_counters" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_b05ebcbf310898cf98f1bcafcd6" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "order_transitions" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "comment" character varying(500), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "from_stage_id" uuid, "to_stage_id" uuid NOT NULL, "author_id" uuid, CONSTRAINT "PK_4818025b2c3ef42046b07971605" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "order_transitions_order" ON "order_transitions" ("order_id", "at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "order_payments" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(8) NOT NULL, "amount_minor" bigint NOT NULL, "method" character varying(16) NOT NULL, "reference" character varying(128), "paid_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "author_id" uuid, CONSTRAINT "PK_bc14b014a69d39c7bbc4a154b69" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "order_payments_order" ON "order_payments" ("order_id", "paid_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_installments" ADD CONSTRAINT "order_installments_order_fk" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_fk" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_items" ADD CONSTRAINT "order_items_product_fk" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "orders" ADD CONSTRAINT "orders_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "orders" ADD CONSTRAINT "orders_manager_fk" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "orders" ADD CONSTRAINT "orders_stage_fk" FOREIGN KEY ("stage_id") REFERENCES "order_stages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "orders" ADD CONSTRAINT "orders_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bonus_entries" ADD CONSTRAINT "bonus_entries_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bonus_entries" ADD CONSTRAINT "bonus_entries_order_fk" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bonus_entries" ADD CONSTRAINT "bonus_entries_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_transitions" ADD CONSTRAINT "order_transitions_order_fk" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_transitions" ADD CONSTRAINT "order_transitions_from_fk" FOREIGN KEY ("from_stage_id") REFERENCES "order_stages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_transitions" ADD CONSTRAINT "order_transitions_to_fk" FOREIGN KEY ("to_stage_id") REFERENCES "order_stages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_transitions" ADD CONSTRAINT "order_transitions_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_payments" ADD CONSTRAINT "order_payments_order_fk" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_payments" ADD CONSTRAINT "order_payments_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // One accrual per order, whatever races: a second insert fails on this index.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "bonus_entries_one_accrual_per_order" ON "bonus_entries" ("order_id") WHERE "kind" = 'accrual'`,
    );
    // The default funnel; admins rename, reorder and extend it.
    await queryRunner.query(`
      INSERT INTO "order_stages" ("key", "name", "position", "color", "won", "lost", "next_step") VALUES
        ('inquiry', 'Inquiry', 0, '#90a4ae', false, false, 'Find out what the client needs'),
        ('negotiation', 'Negotiation', 1, '#4fc3f7', false, false, 'Agree on items and price'),
        ('application', 'Application', 2, '#4db6ac', false, false, 'Confirm the order with the client'),
        ('invoice_sent', 'Invoice sent', 3, '#ffb74d', false, false, 'Wait for the payment'),
        ('paid', 'Paid', 4, '#81c784', false, false, 'Arrange the delivery'),
        ('delivered', 'Delivered', 5, '#9575cd', false, false, 'Get the signed act'),
        ('completed', 'Completed', 6, '#43a047', true, false, NULL),
        ('cancelled', 'Cancelled', 7, '#e57373', false, true, NULL),
        ('returned', 'Returned', 8, '#a1887f', false, true, 'Refund the payment')`);
    await queryRunner.query(
      `INSERT INTO "bonus_rules" ("category", "accrual_basis_points", "max_redeem_basis_points") VALUES ('*', 100, 5000)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "bonus_entries_one_accrual_per_order"`);
    await queryRunner.query(`ALTER TABLE "order_payments" DROP CONSTRAINT "order_payments_author_fk"`);
    await queryRunner.query(`ALTER TABLE "order_payments" DROP CONSTRAINT "order_payments_order_fk"`);
    await queryRunner.query(`ALTER TABLE "order_transitions" DROP CONSTRAINT "order_transitions_author_fk"`);
    await queryRunner.query(`ALTER TABLE "order_transitions" DROP CONSTRAINT "order_transitions_to_fk"`);
    await queryRunner.query(`ALTER TABLE "order_transitions" DROP CONSTRAINT "order_transitions_from_fk"`);
    await queryRunner.query(`ALTER TABLE "order_transitions" DROP CONSTRAINT "order_transitions_order_fk"`);
    await queryRunner.query(`ALTER TABLE "bonus_entries" DROP CONSTRAINT "bonus_entries_author_fk"`);
    await queryRunner.query(`ALTER TABLE "bonus_entries" DROP CONSTRAINT "bonus_entries_order_fk"`);
    await queryRunner.query(`ALTER TABLE "bonus_entries" DROP CONSTRAINT "bonus_entries_client_fk"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_stage_fk"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_manager_fk"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_client_fk"`);
    await queryRunner.query(`ALTER TABLE "order_items" DROP CONSTRAINT "order_items_product_fk"`);
    await queryRunner.query(`ALTER TABLE "order_items" DROP CONSTRAINT "order_items_order_fk"`);
    await queryRunner.query(`ALTER TABLE "order_installments" DROP CONSTRAINT "order_installments_order_fk"`);
    await queryRunner.query(`DROP INDEX "public"."order_payments_order"`);
    await queryRunner.query(`DROP TABLE "order_payments"`);
    await queryRunner.query(`DROP INDEX "public"."order_transitions_order"`);
    await queryRunner.query(`DROP TABLE "order_transitions"`);
    await queryRunner.query(`DROP TABLE "order_number_counters"`);
    await queryRunner.query(`DROP TABLE "bonus_rules"`);
    await queryRunner.query(`DROP INDEX "public"."bonus_entries_client"`);
    await queryRunner.query(`DROP TABLE "bonus_entries"`);
    await queryRunner.query(`DROP INDEX "public"."orders_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."orders_client"`);
    await queryRunner.query(`DROP INDEX "public"."orders_stage"`);
    await queryRunner.query(`DROP INDEX "public"."orders_manager"`);
    await queryRunner.query(`DROP INDEX "public"."orders_created_at"`);
    await queryRunner.query(`DROP TABLE "orders"`);
    await queryRunner.query(`DROP INDEX "public"."order_stages_key_unique"`);
    await queryRunner.query(`DROP TABLE "order_stages"`);
    await queryRunner.query(`DROP INDEX "public"."order_items_order"`);
    await queryRunner.query(`DROP TABLE "order_items"`);
    await queryRunner.query(`DROP INDEX "public"."products_name"`);
    await queryRunner.query(`DROP TABLE "products"`);
    await queryRunner.query(`DROP INDEX "public"."order_installments_order"`);
    await queryRunner.query(`DROP TABLE "order_installments"`);
  }
}
