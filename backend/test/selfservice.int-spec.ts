import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ScreenPop } from '@switchboard/contracts';
import {
  ScriptedAgiPeer,
  ScriptedAgiPeerOptions,
  ScriptedAmiServer,
  syntheticQueueCall,
} from '@switchboard/telephony/test-pbx';
import { readWavFormat } from '../src/core/speech/wav-format';
import { FastAgiListener } from '../src/modules/selfservice/fastagi.listener';
import { PromptFiles } from '../src/core/speech/prompt-files.service';
import { spokenDate } from '../src/modules/selfservice/spoken-amounts';
import { AgentClient, connectAgent, eventually } from './helpers/agent-client';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startScriptedPbx } from './helpers/scripted-pbx';
import { TestApp, startTestApp } from './helpers/test-app';

const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const PBX_PROMPTS = '/var/lib/asterisk/sounds/switchboard';

/**
 * The crm-selfservice menu end to end: the scripted Asterisk calls the backend's FastAGI server as a known
 * client and as strangers, then the queue call that follows rings an agent over the scripted AMI PBX and the
 * pop says what the caller asked.
 */
describe('the self-service menu', () => {
  let t: TestApp;
  let pbx: ScriptedAmiServer;
  let admin: AuthHeader;
  let agent: AgentClient;
  let agiPort: number;
  const promptsDir = mkdtempSync(join(tmpdir(), 'sb-prompts-'));
  const wavOf = (file: string) => join(promptsDir, `${basename(file)}.wav`);

  const call = (options: Partial<ScriptedAgiPeerOptions>) =>
    new ScriptedAgiPeer({
      port: agiPort,
      callerId: '0671234567',
      // Asterisk finds the file only if the backend wrote it where the PBX reads.
      fileExists: (file) => file.startsWith(`${PBX_PROMPTS}/`) && existsSync(wavOf(file)),
      ...options,
    }).run();

  /** The queue call after the menu: the caller joins, agent 2002's phone rings; resolves with the pop. */
  async function queueCall(linkedid: string, variables = ''): Promise<ScreenPop> {
    const queued = syntheticQueueCall({ linkedid, callerNumber: '0671234567', queue: 'collections' });
    const offer = queued.offer('2002');
    const ring = offer.ring.map((frame) =>
      frame.startsWith('Event: AgentCalled') ? frame.replace('\r\n', `\r\n${variables}`) : frame,
    );
    pbx.broadcast([...queued.join, ...ring]);
    const pop = await eventually(() => {
      const found = agent
        .of('call.ringing')
        .find(
          (entry: ScreenPop) =>
            entry.client &&
            entry.callerNumber === '+380671234567' &&
            entry.queue === 'collections' &&
            !seen.has(entry.callId),
        );
      expect(found).toBeDefined();
      return found as ScreenPop;
    });
    seen.add(pop.callId);
    pbx.broadcast([...offer.answer, ...offer.hangup]);
    return pop;
  }
  const seen = new Set<string>();

  beforeAll(async () => {
    const scripted = await startScriptedPbx();
    pbx = scripted.pbx;
    t = await startTestApp({ ...scripted.env, PROMPTS_DIR: promptsDir, PROMPTS_PBX_DIR: PBX_PROMPTS });
    admin = await adminHeader(t);
    const operator = await userHeader(t, 'operator');
    await t.http().patch(`/api/users/${operator.id}`).set(admin).send({ extension: '2002' }).expect(200);
    agent = await connectAgent(t.url, operator);
    const client = await t
      .http()
      .post('/api/clients')
      .set(admin)
      .send({
        kind: 'person',
        firstName: 'Olena',
        lastName: 'Petrenko',
        category: 'vip',
        phones: [{ number: '067 123 45 67' }],
      })
      .expect(201);
    const clientId = client.body.id as string;
    const order = await t
      .http()
      .post('/api/orders')
      .set(admin)
      .send({
        clientId,
        items: [{ name: 'Sofa', quantity: 1, price: '1000' }],
        schedule: [
          { dueDate: isoDate(-5), amount: '300' },
          { dueDate: isoDate(10), amount: '700' },
        ],
      })
      .expect(201);
    await t
      .http()
      .post(`/api/orders/${order.body.id}/payments`)
      .set(admin)
      .send({ amount: '100', paidAt: new Date().toISOString() })
      .expect(201);
    await t
      .http()
      .post(`/api/clients/${clientId}/bonuses/adjustments`)
      .set(admin)
      .send({ amount: '42.50', reason: 'welcome' })
      .expect(201);
    await t
      .http()
      .put('/api/selfservice/routing')
      .set(admin)
      .send({
        debtors: { queue: 'collections', priority: 5 },
        vip: { categories: ['vip'], queue: null, priority: 10 },
      })
      .expect(200);
    agiPort = t.app.get(FastAgiListener).port ?? 0;
    await eventually(async () => {
      expect((await t.http().get('/api/health').set(admin)).body).toMatchObject({ pbx: 'connected' });
    });
  });
  afterAll(async () => {
    agent.close();
    await t.close();
    await pbx.close();
    rmSync(promptsDir, { recursive: true, force: true });
  });

  it('tells a known caller their debt in Ukrainian, routes them by the rule and pops the choice', async () => {
    const transcript = await call({
      uniqueId: '1795800000.11',
      variables: { 'CHANNEL(linkedid)': '1795800000.10' },
      presses: ['2', '', '0'],
    });
    expect(transcript.hungUp).toBe(false);
    expect(transcript.variables).toMatchObject({
      SB_QUEUE: 'collections',
      SB_PRIORITY: '10',
      SB_IVR_CHOICE: 'debt',
    });
    expect(transcript.commands.map((command) => command.argv.slice(0, 2).join(' '))).toEqual([
      'GET VARIABLE',
      'SET VARIABLE',
      'SET VARIABLE',
      'GET DATA',
      'SET VARIABLE',
      'STREAM FILE',
      'GET DATA',
      'STREAM FILE',
    ]);
    const [menu, debt, goodbye] = [
      transcript.commands[3],
      transcript.commands[5],
      transcript.commands[7],
    ].map((command) => command.argv[2]);
    expect(transcript.commands[3].argv.slice(3)).toEqual(['5000', '1']);
    expect(transcript.commands[5].argv[3]).toBe('0123');
    // Every prompt was played from a file the backend rendered: telephone WAV in the shared folder.
    for (const file of [menu, debt, goodbye]) {
      expect(readWavFormat(readFileSync(wavOf(file)))).toMatchObject({
        sampleRate: 8000,
        channels: 1,
        bitsPerSample: 16,
      });
    }
    expect(transcript.commands.every((command) => !command.reply.startsWith('200 result=-1'))).toBe(true);
    // The debt sentence, with amounts as numbers: 900 owed, 200 of it overdue, the next installment's date.
    const sentence = `Ваш борг становить 900 гривень. З них прострочено 200 гривень. Наступний платіж до ${spokenDate(isoDate(10), 'uk')}.`;
    expect(debt).toBe(await t.app.get(PromptFiles).prompt(sentence, 'uk'));

    const pop = await queueCall('1795800000.10');
    expect(pop).toMatchObject({ client: { name: 'Petrenko Olena' }, selfService: { choice: 'debt' } });
  });

  it('says nothing to unknown and anonymous callers, so the dialplan queues them at once', async () => {
    for (const callerId of ['0501112233', null, 'not-a-number']) {
      const transcript = await call({ callerId });
      expect(transcript.commands).toEqual([]);
      expect(transcript.variables).toEqual({});
    }
  });

  it('keeps the route but no choice when the caller hangs up in the menu', async () => {
    const transcript = await call({ variables: { 'CHANNEL(linkedid)': '1795800000.20' }, hangUpDuring: 4 });
    expect(transcript.hungUp).toBe(true);
    expect(transcript.commands).toHaveLength(4);
    expect(transcript.variables).toMatchObject({ SB_QUEUE: 'collections', SB_PRIORITY: '10' });
    expect(transcript.variables).not.toHaveProperty('SB_IVR_CHOICE');
  });

  it("takes the choice from the AMI event's ChanVariable too, and pops none for a call without the menu", async () => {
    const fromPbx = await queueCall('1795800000.30', 'ChanVariable: SB_IVR_CHOICE=bonus\r\n');
    expect(fromPbx.selfService).toEqual({ choice: 'bonus' });
    const plain = await queueCall('1795800000.40');
    expect(plain.selfService).toBeNull();
  });

  it('lets only admins read and change the routing rule, and checks it', async () => {
    const operator = await userHeader(t, 'operator');
    await t.http().get('/api/selfservice/routing').set(operator).expect(403);
    const refused = await t
      .http()
      .put('/api/selfservice/routing')
      .set(admin)
      .send({
        debtors: { queue: 'bad queue!', priority: -1 },
        vip: { categories: [], queue: null, priority: null },
      })
      .expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect((await t.http().get('/api/selfservice/routing').set(admin).expect(200)).body).toEqual({
      debtors: { queue: 'collections', priority: 5 },
      vip: { categories: ['vip'], queue: null, priority: 10 },
    });
  });
});
