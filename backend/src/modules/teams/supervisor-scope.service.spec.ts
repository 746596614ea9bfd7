import { DataSource } from 'typeorm';
import { SupervisorScopeService } from './supervisor-scope.service';

const supervisor = { id: 'sup-1', login: 'sup', role: 'supervisor' as const };

describe('SupervisorScopeService', () => {
  let query: jest.Mock;
  let scopes: SupervisorScopeService;

  beforeEach(() => {
    query = jest.fn().mockResolvedValue([{ queues: ['sales'], agentIds: ['sup-1', 'op-1'] }]);
    scopes = new SupervisorScopeService({ query } as unknown as DataSource);
  });

  it('asks the database once per supervisor until a team changes', async () => {
    const [first, second] = await Promise.all([scopes.scopeOf(supervisor), scopes.scopeOf(supervisor)]);
    expect(first).toBe(second);
    expect(await scopes.canSupervise(supervisor, 'op-1')).toBe(true);
    expect(query).toHaveBeenCalledTimes(1);
    scopes.invalidate();
    query.mockResolvedValue([{ queues: [], agentIds: ['sup-1'] }]);
    expect(await scopes.canSupervise(supervisor, 'op-1')).toBe(false);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('keeps no failed look-up', async () => {
    query.mockRejectedValueOnce(new Error('connection lost'));
    await expect(scopes.scopeOf(supervisor)).rejects.toThrow('connection lost');
    expect([...(await scopes.scopeOf(supervisor)).queues]).toEqual(['sales']);
  });

  it('answers admins and operators without the database', async () => {
    expect((await scopes.scopeOf({ ...supervisor, role: 'admin' })).all).toBe(true);
    expect(await scopes.canSupervise({ ...supervisor, role: 'admin' }, 'anyone')).toBe(true);
    expect(await scopes.canSupervise({ ...supervisor, role: 'operator' }, 'op-1')).toBe(false);
    expect(query).not.toHaveBeenCalled();
  });
});
