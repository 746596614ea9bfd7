import { EntityManager } from 'typeorm';

/**
 * The next readable order number of `year` (`2026-000123`). The counter row is bumped by one atomic
 * upsert, so concurrent orders never share a number and a rolled-back order leaves only a gap.
 */
export async function nextOrderNumber(manager: EntityManager, year: number): Promise<string> {
  const [{ last }] = (await manager.query(
    `INSERT INTO order_number_counters (year, last) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last = order_number_counters.last + 1
     RETURNING last`,
    [year],
  )) as { last: number }[];
  return `${year}-${String(last).padStart(6, '0')}`;
}
