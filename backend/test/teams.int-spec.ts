import { randomUUID } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Team, UserRole } from '@switchboard/contracts';
import { TeamsChangedEvent } from '../src/core/events/domain-events';
import { SupervisorScopeService } from '../src/modules/teams/supervisor-scope.service';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { TestApp, startTestApp } from './helpers/test-app';

type Member = AuthHeader & { id: string };

describe('teams', () => {
  let t: TestApp;
  let admin: AuthHeader;
  let operator: Member;
  let operator2: Member;
  let supervisor: Member;
  let supervisor2: Member;
  const changes: TeamsChangedEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminHeader(t);
    [operator, operator2, supervisor, supervisor2] = await Promise.all(
      (['operator', 'operator', 'supervisor', 'supervisor'] as const).map((role) => userHeader(t, role)),
    );
    t.app.get(EventEmitter2).on('teams.changed', (event: TeamsChangedEvent) => changes.push(event));
  });
  afterAll(() => t.close());
  beforeEach(() => {
    changes.length = 0;
  });

  const create = (body: object, as: AuthHeader = admin) => t.http().post('/api/teams').set(as).send(body);
  const update = (id: string, body: object, as: AuthHeader = admin) =>
    t.http().put(`/api/teams/${id}`).set(as).send(body);
  const createTeam = async (name: string, memberIds: string[], queues: string[] = []) =>
    (await create({ name, memberIds, queues }).expect(201)).body as Team;
  const as = (member: Member, role: UserRole) => ({ id: member.id, login: 'x', role });
  const sorted = (ids: string[]) => [...ids].sort();

  it('creates, reads, lists, updates and deletes a team', async () => {
    const created = await create({
      name: '  Sales A ',
      memberIds: [operator.id, supervisor.id, operator.id],
      queues: ['sales', ' vip '],
    });
    expect(created.status).toBe(201);
    const team = created.body as Team;
    expect(team).toMatchObject({ id: expect.any(String), name: 'Sales A', queues: ['sales', 'vip'] });
    expect(sorted(team.members.map((member) => member.id))).toEqual(sorted([operator.id, supervisor.id]));
    expect(team.members.find((member) => member.id === supervisor.id)).toMatchObject({
      role: 'supervisor',
      displayName: expect.stringContaining('supervisor'),
    });
    expect(changes).toEqual([{ userIds: expect.any(Array) }]);
    expect(sorted(changes[0].userIds)).toEqual(sorted([operator.id, supervisor.id]));

    expect((await t.http().get(`/api/teams/${team.id}`).set(admin).expect(200)).body).toEqual(team);
    const listed = (await t.http().get('/api/teams').set(admin).expect(200)).body as Team[];
    expect(listed.map(({ name }) => name)).toContain('Sales A');

    changes.length = 0;
    const updated = await update(team.id, {
      name: 'Sales B',
      memberIds: [operator2.id, supervisor.id],
      queues: ['support'],
    }).expect(200);
    expect(updated.body).toMatchObject({ id: team.id, name: 'Sales B', queues: ['support'] });
    expect(sorted((updated.body as Team).members.map((member) => member.id))).toEqual(
      sorted([operator2.id, supervisor.id]),
    );
    expect(Date.parse((updated.body as Team).updatedAt)).toBeGreaterThan(Date.parse(team.updatedAt));
    expect(changes).toHaveLength(1);
    expect(sorted(changes[0].userIds)).toEqual(sorted([operator.id, operator2.id, supervisor.id]));

    changes.length = 0;
    await t.http().delete(`/api/teams/${team.id}`).set(admin).expect(204);
    expect(changes).toHaveLength(1);
    expect(sorted(changes[0].userIds)).toEqual(sorted([operator2.id, supervisor.id]));
    await t.http().get(`/api/teams/${team.id}`).set(admin).expect(404);
    await t.http().delete(`/api/teams/${team.id}`).set(admin).expect(404);
    await update(team.id, { name: 'Gone', memberIds: [], queues: [] }).expect(404);
    expect(changes).toHaveLength(1);
  });

  it('names each bad field with a code and stores nothing', async () => {
    const bad = await create({ name: '', memberIds: ['not-a-uuid'], queues: ['', 'q'.repeat(65), 7] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const details = bad.body.details as { field: string; code: string }[];
    expect(details).toContainEqual(expect.objectContaining({ field: 'name', code: 'TOO_SHORT' }));
    expect(details).toContainEqual(expect.objectContaining({ field: 'memberIds', code: 'INVALID_FORMAT' }));
    expect(details).toContainEqual(expect.objectContaining({ field: 'queues', code: 'TOO_SHORT' }));
    expect(details).toContainEqual(expect.objectContaining({ field: 'queues', code: 'TOO_LONG' }));
    expect(details).toContainEqual(expect.objectContaining({ field: 'queues', code: 'WRONG_TYPE' }));

    const long = await create({ name: 'x'.repeat(81), memberIds: [], queues: [] }).expect(400);
    expect(long.body.details).toEqual([expect.objectContaining({ field: 'name', code: 'TOO_LONG' })]);
    const missing = await create({}).expect(400);
    expect(new Set((missing.body.details as { field: string }[]).map(({ field }) => field))).toEqual(
      new Set(['name', 'memberIds', 'queues']),
    );

    const unknown = await create({ name: 'Ghosts', memberIds: [operator.id, randomUUID()], queues: [] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([
      expect.objectContaining({ field: 'memberIds', code: 'NOT_FOUND' }),
    ]);
    const names = ((await t.http().get('/api/teams').set(admin)).body as Team[]).map(({ name }) => name);
    expect(names).not.toContain('Ghosts');
    await t.http().get('/api/teams/42').set(admin).expect(400);
    expect(changes).toEqual([]);
  });

  it('refuses a name another team has in any case, on create and on rename', async () => {
    const north = await createTeam('North', []);
    await createTeam('South', []);
    const same = await create({ name: 'NORTH', memberIds: [], queues: [] });
    expect(same.status).toBe(400);
    expect(same.body.details).toEqual([{ field: 'name', code: 'TAKEN', reason: expect.any(String) }]);
    const rename = await update(north.id, { name: 'south', memberIds: [], queues: [] }).expect(400);
    expect(rename.body.details).toEqual([expect.objectContaining({ field: 'name', code: 'TAKEN' })]);
    await update(north.id, { name: 'NORTH', memberIds: [], queues: [] }).expect(200);
  });

  it('lets operators see no team and supervisors only their own, changing none', async () => {
    const mine = await createTeam('Mine', [supervisor.id, operator.id], ['a']);
    const theirs = await createTeam('Theirs', [supervisor2.id, operator2.id], ['b']);

    await t.http().get('/api/teams').set(operator).expect(403);
    await t.http().get(`/api/teams/${mine.id}`).set(operator).expect(403);
    await t.http().get('/api/teams').expect(401);

    const listed = (await t.http().get('/api/teams').set(supervisor).expect(200)).body as Team[];
    expect(listed.map(({ id }) => id)).toEqual([mine.id]);
    await t.http().get(`/api/teams/${mine.id}`).set(supervisor).expect(200);
    await t.http().get(`/api/teams/${theirs.id}`).set(supervisor).expect(404);

    const body = { name: 'Mine too', memberIds: [], queues: [] };
    await create(body, supervisor).expect(403);
    await update(mine.id, body, supervisor).expect(403);
    await t.http().delete(`/api/teams/${mine.id}`).set(supervisor).expect(403);
    await create(body, operator).expect(403);
    expect(((await t.http().get(`/api/teams/${mine.id}`).set(admin)).body as Team).name).toBe('Mine');
  });

  it('scopes admins to everything, supervisors to their teams, operators to nothing, and follows changes', async () => {
    const scopes = t.app.get(SupervisorScopeService);
    const lone = await userHeader(t, 'supervisor');
    const first = await createTeam('Scope 1', [lone.id, operator.id], ['q1', 'q2']);
    await createTeam('Scope 2', [lone.id, operator2.id], ['q2', 'q3']);
    await createTeam('Scope 3', [supervisor2.id], ['q4']);

    const adminScope = await scopes.scopeOf({ id: randomUUID(), role: 'admin' });
    expect(adminScope.all).toBe(true);
    expect([adminScope.queues.size, adminScope.agentIds.size]).toEqual([0, 0]);

    const scope = await scopes.scopeOf(as(lone, 'supervisor'));
    expect(scope.all).toBe(false);
    expect(sorted([...scope.queues])).toEqual(['q1', 'q2', 'q3']);
    expect(sorted([...scope.agentIds])).toEqual(sorted([lone.id, operator.id, operator2.id]));

    const operatorScope = await scopes.scopeOf(as(operator, 'operator'));
    expect(operatorScope).toEqual({ all: false, queues: new Set(), agentIds: new Set() });

    expect(await scopes.canSupervise(as(lone, 'supervisor'), operator.id)).toBe(true);
    expect(await scopes.canSupervise(as(lone, 'supervisor'), supervisor2.id)).toBe(false);
    expect(await scopes.canSupervise({ id: randomUUID(), role: 'admin' }, supervisor2.id)).toBe(true);
    expect(await scopes.canSupervise(as(operator, 'operator'), operator.id)).toBe(false);

    await update(first.id, { name: 'Scope 1', memberIds: [lone.id, supervisor2.id], queues: ['q9'] }).expect(
      200,
    );
    const changed = await scopes.scopeOf(as(lone, 'supervisor'));
    expect(sorted([...changed.queues])).toEqual(['q2', 'q3', 'q9']);
    expect(await scopes.canSupervise(as(lone, 'supervisor'), operator.id)).toBe(false);
    expect(await scopes.canSupervise(as(lone, 'supervisor'), supervisor2.id)).toBe(true);

    await t.http().delete(`/api/teams/${first.id}`).set(admin).expect(204);
    expect(await scopes.canSupervise(as(lone, 'supervisor'), supervisor2.id)).toBe(false);
  });
});
