import { DataSource } from 'typeorm';

/**
 * Five orders for each seeded client (client i owns orders 5i-4 ... 5i), spread over the funnel's
 * stages, a third partly paid, every tenth with an instalment schedule; every fourth client holds
 * bonus accruals and redemptions. Generated inside PostgreSQL.
 */
export async function seedOrders(database: DataSource, clients: number): Promise<void> {
  const count = clients * 5;
  const [{ existing }] = (await database.query(`SELECT count(*)::int AS existing FROM orders`)) as {
    existing: number;
  }[];
  if (existing === count) return;
  await database.query(`TRUNCATE orders, order_number_counters, bonus_entries CASCADE`);
  await database.query(
    `INSERT INTO orders (id, number, client_id, stage_id, currency, subtotal, discount, vat, total, paid, created_at)
     SELECT md5('order' || i)::uuid, '2026-' || lpad(i::text, 7, '0'), md5('client' || ((i + 4) / 5))::uuid,
            stages.ids[1 + i % array_length(stages.ids, 1)], 'UAH',
            10000 + i % 500000, 0, (10000 + i % 500000) / 6, 10000 + i % 500000,
            CASE WHEN i % 3 = 0 THEN (10000 + i % 500000) / 2 ELSE 0 END,
            now() - (i % 1000) * interval '1 hour'
       FROM generate_series(1, $1) AS i,
            (SELECT array_agg(id ORDER BY position) AS ids FROM order_stages) AS stages`,
    [count],
  );
  await database.query(`INSERT INTO order_number_counters (year, last) VALUES (2026, $1)`, [count]);
  await database.query(
    `INSERT INTO order_installments (order_id, due_date, amount_minor)
     SELECT md5('order' || i)::uuid, current_date - (i % 60) + 30, (10000 + i % 500000) / 2
       FROM generate_series(10, $1, 10) AS i`,
    [count],
  );
  await database.query(
    `INSERT INTO bonus_entries (client_id, kind, amount_minor, expires_at)
     SELECT md5('client' || i)::uuid, kind, amount, now() + interval '300 days'
       FROM generate_series(4, $1, 4) AS i, (VALUES ('accrual', 5000), ('redemption', -1500)) AS e(kind, amount)`,
    [clients],
  );
  for (const table of ['orders', 'order_installments', 'bonus_entries'])
    await database.query(`VACUUM ANALYZE ${table}`);
}
