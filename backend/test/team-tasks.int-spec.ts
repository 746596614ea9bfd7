import { TeamTaskRow, TeamTaskSummary } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { ADMIN, TestApp, startTestApp } from './helpers/test-app';

type Member = AuthHeader & { id: string };

/** Local midnight of the day `at` falls on, `days` later. */
const midnight = (at: Date, days = 0) => new Date(at.getFullYear(), at.getMonth(), at.getDate() + days);

describe('team tasks', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let supervisor: Member;
  let agent: Member;
  let idle: Member;
  let outsider: Member;
  let inactive: Member;
  let today: Date;
  let monday: Date;
  /** Due this week but not today: Tuesday when today is Monday (still open), else Monday (overdue). */
  let weekOnlyIsOpen: boolean;

  const seed = async (assignee: string, dueAt: Date | null, done = false) =>
    t.app
      .get(DataSource)
      .query(
        `INSERT INTO tasks (kind, title, assignee_id, due_at, done_at) VALUES ('other', 'T', $1, $2, $3)`,
        [assignee, dueAt, done ? new Date() : null],
      );
  const summary = async (as: AuthHeader, period: string) =>
    (await t.http().get(`/api/supervisor/team-tasks?period=${period}`).set(as).expect(200))
      .body as TeamTaskSummary;
  const counts = (rows: TeamTaskRow[], id: string) => {
    const row = rows.find((item) => item.agent.id === id);
    return row && { done: row.done, overdue: row.overdue, open: row.open };
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    [supervisor, agent, idle, outsider, inactive] = await Promise.all(
      (['supervisor', 'operator', 'operator', 'operator', 'operator'] as const).map((role) =>
        userHeader(t, role),
      ),
    );
    await t.http().patch(`/api/users/${inactive.id}`).set(admin).send({ active: false }).expect(200);
    await t
      .http()
      .post('/api/teams')
      .set(admin)
      .send({ name: 'Desk', memberIds: [supervisor.id, agent.id, idle.id, inactive.id], queues: ['sales'] })
      .expect(201);

    const now = new Date();
    today = midnight(now);
    monday = midnight(now, -((now.getDay() + 6) % 7));
    weekOnlyIsOpen = today.getTime() === monday.getTime();
    const tomorrow = midnight(now, 1);
    await seed(agent.id, today, true); // done today
    await seed(agent.id, new Date(tomorrow.getTime() - 1), true); // done today, due later
    await seed(agent.id, today); // overdue today
    await seed(agent.id, new Date(tomorrow.getTime() - 1)); // open today
    await seed(agent.id, new Date(tomorrow.getTime() - 2)); // open today
    await seed(agent.id, weekOnlyIsOpen ? new Date(tomorrow.getTime() + 3_600_000) : monday);
    await seed(agent.id, new Date(monday.getTime() - 1)); // last week
    await seed(agent.id, new Date(monday.getTime() - 1), true); // done last week
    await seed(agent.id, midnight(monday, 7)); // next week
    await seed(agent.id, null); // no due date
    await seed(supervisor.id, today);
    await seed(outsider.id, today);
    await seed(inactive.id, today);
  });
  afterAll(() => t.close());

  it("counts today's tasks of a supervisor's team members, themselves and other teams left out", async () => {
    const result = await summary(supervisor, 'today');
    expect(result).toMatchObject({
      period: 'today',
      from: today.toISOString(),
      to: midnight(today, 1).toISOString(),
    });
    expect(result.rows.map((row) => row.agent.id).sort()).toEqual([agent.id, idle.id].sort());
    expect(counts(result.rows, agent.id)).toEqual({ done: 2, overdue: 1, open: 2 });
    expect(counts(result.rows, idle.id)).toEqual({ done: 0, overdue: 0, open: 0 });
    expect(result.rows.find((row) => row.agent.id === agent.id)?.agent.displayName).toContain('operator');
  });

  it('counts the week from Monday to Monday', async () => {
    const result = await summary(supervisor, 'week');
    expect(result).toMatchObject({
      period: 'week',
      from: monday.toISOString(),
      to: midnight(monday, 7).toISOString(),
    });
    expect(counts(result.rows, agent.id)).toEqual({
      done: 2,
      overdue: weekOnlyIsOpen ? 1 : 2,
      open: weekOnlyIsOpen ? 3 : 2,
    });
  });

  it('shows admins every active operator and supervisor', async () => {
    const { rows } = await summary(admin, 'today');
    const ids = rows.map((row) => row.agent.id);
    expect(ids).toEqual(expect.arrayContaining([supervisor.id, agent.id, idle.id, outsider.id]));
    expect(ids).not.toContain(inactive.id);
    expect(ids).not.toContain((await t.login(ADMIN.login, ADMIN.password)).user.id);
    expect(counts(rows, outsider.id)).toEqual({ done: 0, overdue: 1, open: 0 });
    expect(counts(rows, supervisor.id)).toEqual({ done: 0, overdue: 1, open: 0 });
    expect(counts(rows, agent.id)).toEqual({ done: 2, overdue: 1, open: 2 });
  });

  it('refuses operators and a period it does not know', async () => {
    await t.http().get('/api/supervisor/team-tasks?period=today').set(agent).expect(403);
    await t.http().get('/api/supervisor/team-tasks').expect(401);
    const bad = await t.http().get('/api/supervisor/team-tasks?period=month').set(supervisor).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'period', code: 'NOT_ALLOWED' })]);
  });
});
