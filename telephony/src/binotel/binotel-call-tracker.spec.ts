import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbxEvent } from '../port/pbx-events';
import { BinotelCallTracker } from './binotel-call-tracker';
import { BinotelWebhook, parseBinotelWebhook } from './binotel-webhook';

const at = new Date(0);
const seconds = (unix: number) => new Date(unix * 1000);

/** A recorded scenario's webhooks, one body per line (`.txt`) or a JSON array (`.json`). */
function webhooks(fixture: string): BinotelWebhook[] {
  const text = readFileSync(join(__dirname, '__fixtures__', fixture), 'utf8');
  const bodies: unknown[] = fixture.endsWith('.json') ? JSON.parse(text) : text.split('\n').filter(Boolean);
  return bodies.map(parseBinotelWebhook);
}

function replay(hooks: BinotelWebhook[], tracker = new BinotelCallTracker({ now: () => at })): PbxEvent[] {
  return hooks.flatMap((hook) => tracker.handle(hook));
}

const ANSWERED_INBOUND: PbxEvent[] = [
  {
    type: 'call.started',
    callId: '4683310794',
    at,
    direction: 'inbound',
    callerNumber: '0671234567',
    calleeNumber: '0443334000',
    queue: null,
  },
  {
    type: 'agent.ringing',
    callId: '4683310794',
    at,
    agent: '901',
    callerNumber: '0671234567',
    queue: null,
    attempt: 1,
  },
  {
    type: 'agent.ringing',
    callId: '4683310794',
    at,
    agent: '902',
    callerNumber: '0671234567',
    queue: null,
    attempt: 1,
  },
  { type: 'agent.stoppedRinging', callId: '4683310794', at, agent: '901', reason: 'answered-elsewhere' },
  { type: 'call.answered', callId: '4683310794', at, agent: '902', queue: null, waitSeconds: 0 },
  {
    type: 'call.ended',
    callId: '4683310794',
    at,
    disposition: 'answered',
    agent: '902',
    talkSeconds: 35,
    recording:
      'https://my.binotel.ua/?module=cdrs&action=generateFile&fileName=4683310794.mp3&callDate=2024-06-10_11:00&customerNumber=0671234567&callType=incoming',
  },
];

const MISSED_INBOUND: PbxEvent[] = [
  {
    type: 'call.started',
    callId: '4683312001',
    at,
    direction: 'inbound',
    callerNumber: '0509876543',
    calleeNumber: '0443334000',
    queue: null,
  },
  {
    type: 'agent.ringing',
    callId: '4683312001',
    at,
    agent: '901',
    callerNumber: '0509876543',
    queue: null,
    attempt: 1,
  },
  { type: 'agent.stoppedRinging', callId: '4683312001', at, agent: '901', reason: 'caller-hung-up' },
  {
    type: 'call.ended',
    callId: '4683312001',
    at,
    disposition: 'abandoned',
    agent: null,
    talkSeconds: 0,
    recording: null,
  },
];

const OUTGOING: PbxEvent[] = [
  {
    type: 'call.started',
    callId: '4683315555',
    at,
    direction: 'outbound',
    callerNumber: '903',
    calleeNumber: '0501112233',
    queue: null,
  },
  { type: 'call.answered', callId: '4683315555', at, agent: '903', queue: null, waitSeconds: 0 },
  {
    type: 'call.ended',
    callId: '4683315555',
    at,
    disposition: 'answered',
    agent: '903',
    talkSeconds: 62,
    recording:
      'https://my.binotel.ua/?module=cdrs&action=generateFile&fileName=4683315555.mp3&callDate=2024-06-10_13:00&customerNumber=0501112233&callType=outgoing',
  },
];

const TRANSFERRED: PbxEvent[] = [
  {
    type: 'call.started',
    callId: '4683318888',
    at,
    direction: 'inbound',
    callerNumber: '0632223344',
    calleeNumber: '0443334000',
    queue: null,
  },
  {
    type: 'agent.ringing',
    callId: '4683318888',
    at,
    agent: '901',
    callerNumber: '0632223344',
    queue: null,
    attempt: 1,
  },
  { type: 'call.answered', callId: '4683318888', at, agent: '901', queue: null, waitSeconds: 0 },
  { type: 'call.transferred', callId: '4683318888', at, from: '901', to: '904', kind: 'blind' },
  {
    type: 'call.ended',
    callId: '4683318888',
    at,
    disposition: 'answered',
    agent: '904',
    talkSeconds: 140,
    recording:
      'https://my.binotel.ua/?module=cdrs&action=generateFile&fileName=4683318888.mp3&callDate=2024-06-10_14:00&customerNumber=0632223344&callType=incoming',
  },
];

describe.each([
  ['answered_inbound', ANSWERED_INBOUND],
  ['missed_inbound', MISSED_INBOUND],
  ['outgoing', OUTGOING],
  ['transferred', TRANSFERRED],
])('BinotelCallTracker on the %s scenario', (scenario, expected) => {
  it.each(['txt', 'json'])('turns its .%s webhooks into the exact call events', (format) => {
    expect(replay(webhooks(`${scenario}.${format}`))).toEqual(expected);
  });

  it('reads the form and the JSON fixture the same way', () => {
    expect(webhooks(`${scenario}.txt`)).toEqual(webhooks(`${scenario}.json`));
  });

  it('yields each event once when Binotel delivers every webhook twice', () => {
    const hooks = webhooks(`${scenario}.txt`);
    expect(replay(hooks.flatMap((hook) => [hook, hook]))).toEqual(expected);
  });

  it('ignores a retried apiCallCompleted and late webhooks of a completed call', () => {
    const tracker = new BinotelCallTracker({ now: () => at });
    const hooks = webhooks(`${scenario}.json`);
    expect(replay(hooks, tracker)).toEqual(expected);
    const completed = hooks[hooks.length - 1];
    const retry = completed.requestType === 'apiCallCompleted' ? { ...completed, attempt: 2 } : completed;
    expect(replay([retry, ...hooks], tracker)).toEqual([]);
    expect(tracker.activeCalls).toBe(0);
  });
});

describe('BinotelCallTracker with only some webhooks enabled', () => {
  it('stores a call known only from apiCallCompleted: started at startTime, ended after wait and talk', () => {
    const [completed] = webhooks('answered_inbound.json').filter(
      (hook) => hook.requestType === 'apiCallCompleted',
    );
    expect(replay([completed])).toEqual([
      { ...ANSWERED_INBOUND[0], at: seconds(1718006400) },
      { ...ANSWERED_INBOUND[5], at: seconds(1718006400 + 12 + 35) },
    ]);
  });

  it('takes the answering agent from historyData when callDetails names no one', () => {
    const [completed] = webhooks('transferred.json').filter(
      (hook) => hook.requestType === 'apiCallCompleted',
    );
    if (completed.requestType !== 'apiCallCompleted') throw new Error('fixture changed');
    const events = replay([{ ...completed, call: { ...completed.call, internalNumber: null } }]);
    expect(events.map((event) => event.type === 'call.ended' && event.agent)).toEqual([false, '904']);
  });

  it('a missed outbound call is no-answer and keeps the agent who placed it', () => {
    const events = replay([
      parseBinotelWebhook({
        requestType: 'apiCallCompleted',
        callDetails: {
          generalCallID: '7',
          callType: '1',
          internalNumber: '903',
          billsec: '0',
          disposition: 'CANCEL',
        },
      }),
    ]);
    expect(events[1]).toMatchObject({
      type: 'call.ended',
      disposition: 'no-answer',
      agent: '903',
      recording: null,
    });
  });

  it('starts the call on apiCallSettings when it carries a call id, ringing the named employee', () => {
    const body = {
      generalCallID: '55',
      callType: '0',
      externalNumber: '0671234567',
      pbxNumber: '0443334000',
      internalNumber: '901',
    };
    const settings = parseBinotelWebhook({ ...body, requestType: 'apiCallSettings' });
    const received = parseBinotelWebhook({ ...body, requestType: 'receivedTheCall' });
    expect(replay([settings, received]).map((event) => event.type)).toEqual([
      'call.started',
      'agent.ringing',
    ]);
  });

  it('starts the call on apiCallSettings without an employee, and not at all without a call id', () => {
    const body = { requestType: 'apiCallSettings', callType: '0', externalNumber: '0671234567' };
    expect(
      replay([parseBinotelWebhook({ ...body, generalCallID: '56' })]).map((event) => event.type),
    ).toEqual(['call.started']);
    expect(replay([parseBinotelWebhook(body)])).toEqual([]);
  });

  it('starts the call on answeredTheCall when receivedTheCall is off', () => {
    const events = replay([
      parseBinotelWebhook({ requestType: 'answeredTheCall', generalCallID: '9', internalNumber: '902' }),
    ]);
    expect(events.map((event) => event.type)).toEqual(['call.started', 'call.answered']);
  });

  it('stops the phones that still ring when the caller hangs up, reason from the disposition', () => {
    const tracker = new BinotelCallTracker({ now: () => at });
    const ring = (agent: string) =>
      parseBinotelWebhook({
        requestType: 'receivedTheCall',
        generalCallID: '3',
        callType: '0',
        internalNumber: agent,
      });
    replay([ring('901'), ring('902')], tracker);
    const hangup = parseBinotelWebhook({
      requestType: 'hangupTheCall',
      generalCallID: '3',
      disposition: 'NOANSWER',
    });
    expect(replay([hangup], tracker)).toEqual([
      { type: 'agent.stoppedRinging', callId: '3', at, agent: '901', reason: 'no-answer' },
      { type: 'agent.stoppedRinging', callId: '3', at, agent: '902', reason: 'no-answer' },
    ]);
    expect(tracker.activeCalls).toBe(1);
  });

  it('ignores a transfer of a call it never saw', () => {
    expect(
      replay([
        parseBinotelWebhook({ requestType: 'transferredTheCall', generalCallID: '4', internalNumber: '904' }),
      ]),
    ).toEqual([]);
  });

  it('forgets the oldest calls beyond its limit', () => {
    const tracker = new BinotelCallTracker({ now: () => at, maxActiveCalls: 2 });
    for (const id of ['1', '2', '3']) {
      tracker.handle(
        parseBinotelWebhook({ requestType: 'receivedTheCall', generalCallID: id, callType: '0' }),
      );
    }
    expect(tracker.activeCalls).toBe(2);
  });
});
