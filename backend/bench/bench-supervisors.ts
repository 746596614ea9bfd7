import { DataSource, Like } from 'typeorm';
import { User } from '../src/modules/users/user.entity';

export const BENCH_QUEUE = 'bench';
const SUPERVISORS = 20;

/**
 * Supervisors bench-supervisor-1 … 20 in one team with every bench agent and the bench queue, kept in the
 * bench database between runs: each wallboard then joins the rooms of 300 agents and the queue, as a real
 * team's would.
 */
export async function benchSupervisors(db: DataSource, agents: User[]): Promise<User[]> {
  await db.query(
    `INSERT INTO users (login, display_name, password_hash, role)
     SELECT 'bench-supervisor-' || n, 'Bench supervisor ' || n, 'no-login', 'supervisor'
       FROM generate_series(1, $1::int) AS n
     ON CONFLICT (login) DO NOTHING`,
    [SUPERVISORS],
  );
  const supervisors = await db
    .getRepository(User)
    .find({ where: { login: Like('bench-supervisor-%') }, order: { login: 'ASC' } });
  const [team] = (await db.query(
    `INSERT INTO teams (name) VALUES ('Bench') ON CONFLICT (lower(name)) DO UPDATE SET name = EXCLUDED.name
     RETURNING id`,
  )) as { id: string }[];
  await db.query(
    `INSERT INTO team_members (team_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [team.id, [...supervisors, ...agents].map((user) => user.id)],
  );
  await db.query(`INSERT INTO team_queues (team_id, queue) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    team.id,
    BENCH_QUEUE,
  ]);
  return supervisors;
}
