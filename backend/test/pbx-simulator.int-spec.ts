import { CallRecord } from '@switchboard/contracts';
import { connectAgent, eventually } from './helpers/agent-client';
import { adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp } from './helpers/test-app';

describe('the demo PBX (PBX_MODE=simulator)', () => {
  it('rings agents with calls from known and unknown numbers and plays click-to-calls', async () => {
    const t = await startTestApp({
      PBX_MODE: 'simulator',
      SIMULATOR_CALLS_PER_MINUTE: '600',
      SIMULATOR_RING_SECONDS: '30',
    });
    try {
      const admin = await adminHeader(t);
      await t
        .http()
        .post('/api/clients')
        .set(admin)
        .send({ kind: 'person', firstName: 'Iryna', phones: [{ number: '0671234567' }] })
        .expect(201);
      const operator = await userHeader(t, 'operator');
      await t.http().patch(`/api/users/${operator.id}`).set(admin).send({ extension: '1001' }).expect(200);
      const socket = await connectAgent(t.url, operator);
      await socket.send('console.opened');
      // One call rings a phone at a time: each is rejected so the next caller comes.
      await eventually(async () => {
        expect((await t.http().get('/api/health').set(admin)).body.pbx).toBe('connected');
        await t.http().post('/api/demo-phone/reject').set({ authorization: operator.authorization });
        const pops = socket.of('call.ringing');
        expect(pops.some((pop) => pop.client?.name === 'Iryna')).toBe(true);
        expect(pops.some((pop) => pop.client === null)).toBe(true);
      }, 20_000);
      socket.close();
      const { body } = await t
        .http()
        .post('/api/calls/originate')
        .set(operator)
        .send({ number: '0671234567' });
      const call = await eventually(async () => {
        const stored = (await t.http().get(`/api/calls/${body.callId}`).set(operator)).body as CallRecord;
        expect(stored.answeredAt).not.toBeNull();
        return stored;
      });
      expect(call).toMatchObject({
        direction: 'outbound',
        agentExtension: '1001',
        client: { displayName: 'Iryna' },
      });
      // A supervisor listens to that call on their own demo phone, which rings them with no call of its own.
      const supervisor = await userHeader(t, 'supervisor');
      await t.http().patch(`/api/users/${supervisor.id}`).set(admin).send({ extension: '1002' }).expect(200);
      await t
        .http()
        .post('/api/teams')
        .set(admin)
        .send({ name: 'Demo', memberIds: [supervisor.id, operator.id], queues: [] })
        .expect(201);
      const supervisorSocket = await connectAgent(t.url, supervisor);
      const session = await t
        .http()
        .post('/api/monitoring')
        .set(supervisor)
        .send({ agentId: operator.id, mode: 'listen' })
        .expect(201);
      expect(session.body).toMatchObject({ callId: call.id, mode: 'listen', endedAt: null });
      await t
        .http()
        .patch(`/api/monitoring/${session.body.id}`)
        .set(supervisor)
        .send({ mode: 'barge' })
        .expect(200);
      const stopped = await t.http().delete(`/api/monitoring/${session.body.id}`).set(supervisor).expect(200);
      expect(stopped.body.endedAt).not.toBeNull();
      expect(supervisorSocket.of('call.ringing')).toEqual([]);
      supervisorSocket.close();
      const queues = await t.http().get('/api/agents/queues').set(operator).expect(200);
      expect(queues.body).toEqual({ queues: ['sales', 'support'] });
    } finally {
      await t.close();
    }
  }, 30_000);
});
