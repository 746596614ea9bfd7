import { PbxEvent } from '../port/pbx-events';
import { AmiMessage } from './ami-parser';
import { AsteriskCallTracker } from './asterisk-call-tracker';

/** Flows the recordings do not cover, written in the shape Asterisk 22 reports them. */
const run = (stream: AmiMessage[]): string[] => {
  const tracker = new AsteriskCallTracker({ now: () => new Date(0) });
  return stream.flatMap((event) => tracker.handle(event)).map(describeEvent);
};

function describeEvent(event: PbxEvent): string {
  switch (event.type) {
    case 'call.started':
      return `started ${event.direction} ${event.callerNumber} -> ${event.calleeNumber}`;
    case 'agent.ringing':
      return `ringing ${event.agent} #${event.attempt}`;
    case 'agent.stoppedRinging':
      return `stopped ${event.agent} ${event.reason}`;
    case 'call.answered':
      return `answered ${event.agent}`;
    case 'call.transferred':
      return `transferred ${event.from} -> ${event.to} ${event.kind}`;
    case 'call.held':
    case 'call.unheld':
      return `${event.type} ${event.agent}`;
    case 'call.ended':
      return `ended ${event.disposition} by ${event.agent}${event.recording ? ` into ${event.recording}` : ''}`;
    default:
      return event.type;
  }
}

const L = '1795600000.5';
const trunk = { channel: 'PJSIP/trunk-00000010', uniqueid: L, linkedid: L };
const leg = (channel: string, uniqueid: string) => ({ channel, uniqueid, linkedid: L });

describe('AsteriskCallTracker on flows beyond the recordings', () => {
  it('click-to-call: the agent picks up, then the customer answers; one ring, one answer', () => {
    expect(
      run([
        {
          event: 'Newchannel',
          ...leg('PJSIP/1001-00000001', L),
          context: 'crm-click-to-call',
          exten: '0671234567',
        },
        {
          event: 'DialBegin',
          destchannel: 'PJSIP/1001-00000001',
          destlinkedid: L,
          destconnectedlinenum: '0671234567',
        },
        { event: 'DialEnd', destchannel: 'PJSIP/1001-00000001', destlinkedid: L, dialstatus: 'ANSWER' },
        { event: 'Newchannel', ...leg('PJSIP/trunk-00000002', `${L}1`), calleridnum: '1001' },
        {
          event: 'DialBegin',
          ...leg('PJSIP/1001-00000001', L),
          destchannel: 'PJSIP/trunk-00000002',
          destexten: '0671234567',
        },
        {
          event: 'DialEnd',
          ...leg('PJSIP/1001-00000001', L),
          destchannel: 'PJSIP/trunk-00000002',
          dialstatus: 'ANSWER',
        },
        { event: 'Hangup', ...leg('PJSIP/trunk-00000002', `${L}1`), cause: '16' },
        { event: 'Hangup', ...leg('PJSIP/1001-00000001', L), cause: '16' },
      ]),
    ).toEqual([
      'started outbound 0671234567 -> 0671234567',
      'ringing 1001 #1',
      'answered 1001',
      'ended answered by 1001',
    ]);
  });

  it('ring-all: the phone the queue cancels when a colleague answers stops as answered elsewhere', () => {
    const queueLeg = { channel: 'Local/500@crm-inbound-0000001;2', uniqueid: `${L}2`, linkedid: L };
    expect(
      run([
        {
          event: 'Newchannel',
          ...trunk,
          calleridnum: '0671234567',
          context: 'crm-inbound',
          exten: '380443334455',
        },
        { event: 'QueueCallerJoin', ...trunk, queue: 'support', position: '1' },
        { event: 'AgentCalled', ...queueLeg, queue: 'support', interface: 'PJSIP/1001' },
        { event: 'AgentCalled', ...queueLeg, queue: 'support', interface: 'PJSIP/1002' },
        { event: 'Newchannel', ...leg('PJSIP/1001-00000021', `${L}3`) },
        { event: 'DialEnd', ...queueLeg, destchannel: 'PJSIP/1001-00000021', dialstatus: 'CANCEL' },
        { event: 'Hangup', ...leg('PJSIP/1001-00000021', `${L}3`), cause: '26' },
        { event: 'AgentConnect', ...queueLeg, queue: 'support', interface: 'PJSIP/1002' },
      ]),
    ).toEqual([
      'started inbound 0671234567 -> 380443334455',
      'queue.callerJoined',
      'ringing 1001 #1',
      'ringing 1002 #1',
      'stopped 1001 answered-elsewhere',
      'answered 1002',
    ]);
  });

  it('an attended transfer hands the call to the colleague who was consulted', () => {
    expect(
      run([
        {
          event: 'Newchannel',
          ...trunk,
          calleridnum: '0671234567',
          context: 'crm-inbound',
          exten: '380443334455',
        },
        { event: 'DialBegin', ...trunk, destchannel: 'PJSIP/1001-00000011' },
        { event: 'DialEnd', ...trunk, destchannel: 'PJSIP/1001-00000011', dialstatus: 'ANSWER' },
        {
          event: 'AttendedTransfer',
          origtransfererchannel: 'PJSIP/1001-00000011',
          origtransfererlinkedid: L,
          transfertargetchannel: 'PJSIP/1002-00000013',
          secondtransfererlinkedid: '1795600000.9',
        },
        { event: 'Hangup', ...trunk, cause: '16' },
      ]),
    ).toEqual([
      'started inbound 0671234567 -> 380443334455',
      'ringing 1001 #1',
      'answered 1001',
      'transferred 1001 -> 1002 attended',
      'answered 1002',
      'ended answered by 1002',
    ]);
  });

  it('ends a click-to-call the PBX could not place (the agent phone is offline), and only that one', () => {
    const tracker = new AsteriskCallTracker({ now: () => new Date(0) });
    tracker.expectOriginate('c2c-1');
    const failed = { event: 'OriginateResponse', response: 'Failure', uniqueid: 'c2c-1', reason: '0' };
    expect(tracker.handle(failed)).toEqual([
      expect.objectContaining({ type: 'call.ended', callId: 'c2c-1', disposition: 'failed' }),
    ]);
    expect(tracker.handle(failed)).toEqual([]);
    expect(tracker.handle({ ...failed, uniqueid: 'not-ours' })).toEqual([]);
    tracker.expectOriginate('c2c-2');
    expect(tracker.handle({ ...failed, uniqueid: 'c2c-2', response: 'Success' })).toEqual([]);
  });

  it('an agent dialling out through the trunk: outbound, busy when the far end is', () => {
    expect(
      run([
        {
          event: 'Newchannel',
          ...leg('PJSIP/1002-00000003', L),
          calleridnum: '1002',
          context: 'crm-agents',
          exten: '0501112233',
        },
        { event: 'Newchannel', ...leg('PJSIP/trunk-00000004', `${L}1`) },
        {
          event: 'DialBegin',
          ...leg('PJSIP/1002-00000003', L),
          destchannel: 'PJSIP/trunk-00000004',
          destexten: '0501112233',
        },
        {
          event: 'DialEnd',
          ...leg('PJSIP/1002-00000003', L),
          destchannel: 'PJSIP/trunk-00000004',
          dialstatus: 'BUSY',
        },
        { event: 'Hangup', ...leg('PJSIP/trunk-00000004', `${L}1`), cause: '17' },
        { event: 'Hangup', ...leg('PJSIP/1002-00000003', L), cause: '17' },
      ]),
    ).toEqual(['started outbound 1002 -> 0501112233', 'ended busy by null']);
  });

  it('agent to agent is internal', () => {
    expect(
      run([
        { event: 'Newchannel', ...leg('PJSIP/1002-00000005', L), calleridnum: '1002' },
        { event: 'DialBegin', ...leg('PJSIP/1002-00000005', L), destchannel: 'PJSIP/1003-00000006' },
      ]),
    ).toEqual(['started internal 1002 -> 1003', 'ringing 1003 #1']);
  });

  it('hold, resume and a blind transfer: the target rings and takes the call over', () => {
    expect(
      run([
        {
          event: 'Newchannel',
          ...trunk,
          calleridnum: '0671234567',
          context: 'crm-inbound',
          exten: '380443334455',
        },
        { event: 'DialBegin', ...trunk, destchannel: 'PJSIP/1001-00000007' },
        { event: 'DialEnd', ...trunk, destchannel: 'PJSIP/1001-00000007', dialstatus: 'ANSWER' },
        { event: 'Hold', ...leg('PJSIP/1001-00000007', `${L}1`) },
        { event: 'Hold', ...leg('PJSIP/1001-00000007', `${L}1`) },
        { event: 'Unhold', ...leg('PJSIP/1001-00000007', `${L}1`) },
        {
          event: 'BlindTransfer',
          transfererchannel: 'PJSIP/1001-00000007',
          transfererlinkedid: L,
          extension: '1002',
        },
        { event: 'DialBegin', ...trunk, destchannel: 'PJSIP/1002-00000008' },
        { event: 'DialEnd', ...trunk, destchannel: 'PJSIP/1002-00000008', dialstatus: 'ANSWER' },
        {
          event: 'Hangup',
          ...trunk,
          cause: '16',
          chanvariable: `SB_DID=380443334455\nSB_RECORDING=/rec/${L}.wav`,
        },
      ]),
    ).toEqual([
      'started inbound 0671234567 -> 380443334455',
      'ringing 1001 #1',
      'answered 1001',
      'call.held 1001',
      'call.unheld 1001',
      'transferred 1001 -> 1002 blind',
      'ringing 1002 #1',
      'answered 1002',
      `ended answered by 1002 into /rec/${L}.wav`,
    ]);
  });
});
