import { DataSource, Like } from 'typeorm';
import { User } from '../src/modules/users/user.entity';

const AGENTS = 300;
const FIRST_EXTENSION = 3000;

/** Agents bench-3000 … bench-3299 with extensions, kept in the bench database between runs. */
export async function benchAgents(db: DataSource): Promise<User[]> {
  await db.query(
    `INSERT INTO users (login, display_name, password_hash, role, extension)
     SELECT 'bench-' || e, 'Bench agent ' || e, 'no-login', 'operator', e::text
       FROM generate_series($1::int, $1::int + $2::int - 1) AS e
     ON CONFLICT (login) DO NOTHING`,
    [FIRST_EXTENSION, AGENTS],
  );
  return db.getRepository(User).find({ where: { login: Like('bench-3%') }, order: { extension: 'ASC' } });
}
