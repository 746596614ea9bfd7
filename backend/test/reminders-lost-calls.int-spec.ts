import { ReminderLostCalls } from '../src/modules/reminders/calls/reminder-lost-calls.service';
import { ReminderTestbed, startReminderTestbed } from './helpers/reminder-testbed';

/** Reminder calls hold the lines they may take, and a call whose end the PBX link lost frees its line again. */
describe('reminder calls: lines and lost calls, over the scripted AMI PBX with the worker process', () => {
  let bed: ReminderTestbed;
  const scan = () => bed.scan();
  const settings = (change?: Parameters<ReminderTestbed['settings']>[0]) => bed.settings(change);
  const newClient = (phone: string) => bed.newClient(phone);
  const attemptsOf = (clientId: string) => bed.attemptsOf(clientId);
  const waitFor: ReminderTestbed['waitFor'] = (read, done, ms) => bed.waitFor(read, done, ms);
  const callsTo = (number: string) => bed.callsTo(number);

  beforeAll(async () => {
    bed = await startReminderTestbed();
  }, 90_000);
  afterAll(() => bed.close());

  it('keeps to the lines reminders may take: the next call waits until one is free', async () => {
    await settings({ maxConcurrentCalls: 1 });
    // Key 2 keeps the call up (the client waits in the queue), holding the one line.
    bed.replies.set('+380671220011', { outcome: 'answered', digit: '2' });
    const appointment = async (phone: string) => {
      const clientId = await newClient(phone);
      await bed.taskDueIn(clientId, 2);
      return clientId;
    };
    const holding = await appointment('+380671220011');
    await scan();
    await waitFor(
      async () => callsTo('+380671220011').length,
      (count) => count === 1,
    );
    const waiting = await appointment('+380671220012');
    await scan();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(callsTo('+380671220012')).toHaveLength(0);
    expect((await attemptsOf(waiting))[0]).toMatchObject({ state: 'scheduled' });

    // Its hang-up never reaches the API: the scan after the longest call time ends it, and frees the line.
    expect(await bed.t.app.get(ReminderLostCalls).recover(new Date(Date.now() + 16 * 60_000))).toBe(1);
    expect((await attemptsOf(holding))[0]).toMatchObject({ state: 'completed', outcome: 'operator' });
    const called = await waitFor(
      async () => callsTo('+380671220012').length,
      (count) => count === 1,
    );
    expect(called).toBe(1);
    await settings();
  });

  it('fails a call the PBX never answered for, and tries again after the failure interval', async () => {
    const answering = bed.pbx.scriptOf('Originate');
    bed.pbx.onAction('Originate', (action) =>
      action['channel']?.includes('380671220013') ? [] : (answering?.(action) ?? []),
    );
    try {
      const clientId = await newClient('+380671220013');
      await bed.taskDueIn(clientId, 1, 'delivery');
      await scan();
      await waitFor(
        () => attemptsOf(clientId),
        (rows) => rows[0]?.state === 'dialing',
      );
      await bed.t.app.get(ReminderLostCalls).recover(new Date(Date.now() + 5 * 60_000));
      const attempts = await attemptsOf(clientId);
      expect(attempts.map(({ state, note }) => ({ state, note }))).toEqual([
        { state: 'failed', note: 'the PBX never said whether the client answered' },
        { state: 'scheduled', note: null },
      ]);
    } finally {
      bed.pbx.onAction('Originate', (action) => answering?.(action) ?? []);
    }
  });
});
