import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funnel counts kept by statement-level triggers with transition tables: every insert, update and
 * delete of orders adds its per-stage deltas in the same transaction, so the funnel reads nine rows
 * instead of aggregating millions. TRUNCATE clears them.
 */
export class CreateOrderStageTotals1763921000000 implements MigrationInterface {
  name = 'CreateOrderStageTotals1763921000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "order_stage_totals" ("stage_id" uuid NOT NULL, "orders" bigint NOT NULL, "total" bigint NOT NULL, CONSTRAINT "PK_order_stage_totals" PRIMARY KEY ("stage_id"))`,
    );
    // PL/pgSQL plans each statement when it first runs, so the branch naming a transition table the
    // firing trigger does not have is never planned.
    await queryRunner.query(`
      CREATE FUNCTION order_stage_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO order_stage_totals (stage_id, orders, total)
          SELECT stage_id, -count(*), -sum(total) FROM old_orders GROUP BY stage_id
          ON CONFLICT (stage_id) DO UPDATE SET orders = order_stage_totals.orders + EXCLUDED.orders,
                                               total = order_stage_totals.total + EXCLUDED.total;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO order_stage_totals (stage_id, orders, total)
          SELECT stage_id, count(*), sum(total) FROM new_orders GROUP BY stage_id
          ON CONFLICT (stage_id) DO UPDATE SET orders = order_stage_totals.orders + EXCLUDED.orders,
                                               total = order_stage_totals.total + EXCLUDED.total;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER orders_stage_totals_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS new_orders
      FOR EACH STATEMENT EXECUTE FUNCTION order_stage_totals_apply()`);
    await queryRunner.query(`
      CREATE TRIGGER orders_stage_totals_update AFTER UPDATE ON orders
      REFERENCING OLD TABLE AS old_orders NEW TABLE AS new_orders
      FOR EACH STATEMENT EXECUTE FUNCTION order_stage_totals_apply()`);
    await queryRunner.query(`
      CREATE TRIGGER orders_stage_totals_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS old_orders
      FOR EACH STATEMENT EXECUTE FUNCTION order_stage_totals_apply()`);
    await queryRunner.query(`
      CREATE FUNCTION order_stage_totals_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM order_stage_totals;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER orders_stage_totals_truncate AFTER TRUNCATE ON orders
      FOR EACH STATEMENT EXECUTE FUNCTION order_stage_totals_clear()`);
    await queryRunner.query(`
      INSERT INTO order_stage_totals (stage_id, orders, total)
      SELECT stage_id, count(*), sum(total) FROM orders GROUP BY stage_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER orders_stage_totals_truncate ON orders`);
    await queryRunner.query(`DROP TRIGGER orders_stage_totals_delete ON orders`);
    await queryRunner.query(`DROP TRIGGER orders_stage_totals_update ON orders`);
    await queryRunner.query(`DROP TRIGGER orders_stage_totals_insert ON orders`);
    await queryRunner.query(`DROP FUNCTION order_stage_totals_clear()`);
    await queryRunner.query(`DROP FUNCTION order_stage_totals_apply()`);
    await queryRunner.query(`DROP TABLE "order_stage_totals"`);
  }
}
