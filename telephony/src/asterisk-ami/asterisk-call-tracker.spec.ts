import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbxEvent } from '../port/pbx-events';
import { AmiMessage, AmiParser } from './ami-parser';
import { AsteriskCallTracker } from './asterisk-call-tracker';

/** The recordings' agents: WebRTC 1001–1003, the SIP phone 2002 and a simulated one that never answers. */
const AGENTS = new Set(['1001', '1002', '1003', '2002', 'noanswer']);
const trackerOptions = { now: () => new Date(0), isAgent: (extension: string) => AGENTS.has(extension) };

/** Replays a recorded session through the parser and the tracker. */
function callEvents(fixture: string): PbxEvent[] {
  const tracker = new AsteriskCallTracker(trackerOptions);
  const messages: AmiMessage[] = [];
  new AmiParser({ message: (message) => messages.push(message), malformed: () => undefined }).push(
    readFileSync(join(__dirname, '__fixtures__', fixture)),
  );
  return messages.flatMap((message) => tracker.handle(message));
}

const summary = (events: PbxEvent[]) =>
  events.map((event) => {
    switch (event.type) {
      case 'agent.ringing':
        return `${event.type} ${event.agent} from ${event.callerNumber} in ${event.queue} #${event.attempt}`;
      case 'agent.stoppedRinging':
        return `${event.type} ${event.agent} ${event.reason}`;
      case 'call.answered':
        return `${event.type} by ${event.agent}`;
      case 'call.ended':
        return `${event.type} ${event.disposition}`;
      case 'call.started':
        return `${event.type} from ${event.callerNumber}`;
      default:
        return event.type;
    }
  });

describe('AsteriskCallTracker on recorded Asterisk 22 calls', () => {
  it('a queue call answered on a SIP phone: rings the agent once, answered, ended', () => {
    expect(summary(callEvents('queue_answered_sip.ami'))).toEqual([
      'call.started from 5554000',
      'queue.callerJoined',
      'agent.ringing 2002 from 5554000 in support #1',
      'queue.callerLeft',
      'call.answered by 2002',
      'call.ended answered',
    ]);
  });

  it('a queue call answered by a Local channel member', () => {
    expect(summary(callEvents('queue_answered_local.ami'))).toEqual([
      'call.started from 5551000',
      'queue.callerJoined',
      'agent.ringing 1003 from 5551000 in support #1',
      'queue.callerLeft',
      'call.answered by 1003',
      'call.ended answered',
    ]);
  });

  it('a WebRTC agent who rejects: each retry rings again and stops, the caller abandons', () => {
    expect(summary(callEvents('queue_webrtc_reject.ami'))).toEqual([
      'call.started from 5555000',
      'queue.callerJoined',
      'agent.ringing 1001 from 5555000 in support #1',
      'agent.stoppedRinging 1001 no-answer',
      'agent.ringing 1001 from 5555000 in support #2',
      'agent.stoppedRinging 1001 no-answer',
      'agent.ringing 1001 from 5555000 in support #3',
      'queue.callerAbandoned',
      'agent.stoppedRinging 1001 caller-hung-up',
      'queue.callerLeft',
      'call.ended abandoned',
    ]);
  });

  it('a caller who gives up while an agent rings', () => {
    const events = callEvents('queue_abandon.ami');
    expect(summary(events)).toEqual([
      'call.started from 5552000',
      'queue.callerJoined',
      'agent.ringing noanswer from 5552000 in support #1',
      'agent.stoppedRinging noanswer caller-hung-up',
      'queue.callerAbandoned',
      'queue.callerLeft',
      'call.ended abandoned',
    ]);
    expect(events.find((event) => event.type === 'queue.callerAbandoned')).toMatchObject({ waitSeconds: 8 });
  });

  it('groups every event of a call under its Linkedid', () => {
    const ids = new Set(
      callEvents('queue_answered_sip.ami').map((event) => ('callId' in event ? event.callId : null)),
    );
    expect([...ids]).toEqual(['1795423680.72']);
  });

  it('rings the dialled agent of a direct call and ends it unanswered', () => {
    const tracker = new AsteriskCallTracker(trackerOptions);
    const stream: AmiMessage[] = [
      {
        event: 'Newchannel',
        channel: 'PJSIP/trunk-00000001',
        calleridnum: '0671234567',
        uniqueid: '1.1',
        linkedid: '1.1',
      },
      {
        event: 'Newchannel',
        channel: 'PJSIP/1002-00000002',
        calleridnum: '1002',
        uniqueid: '1.2',
        linkedid: '1.1',
      },
      {
        event: 'DialBegin',
        channel: 'PJSIP/trunk-00000001',
        destchannel: 'PJSIP/1002-00000002',
        calleridnum: '0671234567',
        uniqueid: '1.1',
        linkedid: '1.1',
      },
      {
        event: 'DialEnd',
        channel: 'PJSIP/trunk-00000001',
        destchannel: 'PJSIP/1002-00000002',
        dialstatus: 'BUSY',
        uniqueid: '1.1',
        linkedid: '1.1',
      },
      { event: 'Hangup', channel: 'PJSIP/1002-00000002', uniqueid: '1.2', linkedid: '1.1', cause: '17' },
      { event: 'Hangup', channel: 'PJSIP/trunk-00000001', uniqueid: '1.1', linkedid: '1.1', cause: '17' },
    ];
    expect(summary(stream.flatMap((event) => tracker.handle(event)))).toEqual([
      'call.started from 0671234567',
      'agent.ringing 1002 from 0671234567 in null #1',
      'agent.stoppedRinging 1002 busy',
      'call.ended busy',
    ]);
    expect(tracker.activeCalls).toBe(0);
  });
});
