import { AmiMessage, AmiParser } from '../asterisk-ami/ami-parser';
import { AsteriskCallTracker } from '../asterisk-ami/asterisk-call-tracker';
import { PbxEvent } from '../port/pbx-events';
import { syntheticQueueCall } from './synthetic-queue-calls';

const AGENTS = new Set(['1001', '1002']);

function track(frames: string[]): PbxEvent[] {
  const tracker = new AsteriskCallTracker({ now: () => new Date(0), isAgent: (ext) => AGENTS.has(ext) });
  const messages: AmiMessage[] = [];
  new AmiParser({ message: (message) => messages.push(message), malformed: () => undefined }).push(
    Buffer.from(frames.join('')),
  );
  return messages.flatMap((message) => tracker.handle(message));
}

const summary = (events: PbxEvent[]) =>
  events.map((event) => {
    switch (event.type) {
      case 'agent.ringing':
        return `ringing ${event.agent} in ${event.queue} #${event.attempt}`;
      case 'agent.stoppedRinging':
        return `stopped ${event.agent} ${event.reason}`;
      case 'call.answered':
        return `answered by ${event.agent}`;
      case 'call.ended':
        return `ended ${event.disposition}`;
      case 'queue.callerAbandoned':
        return `abandoned after ${event.waitSeconds}`;
      default:
        return event.type;
    }
  });

describe('syntheticQueueCall, read by the real tracker as the recorded queue calls are', () => {
  const call = () =>
    syntheticQueueCall({ linkedid: '1795700000.1', callerNumber: '0671112233', queue: 'sales' });

  it('an agent who answers: the sequence of queue_answered_sip', () => {
    const queued = call();
    const offer = queued.offer('1001');
    expect(summary(track([...queued.join, ...offer.ring, ...offer.answer, ...offer.hangup]))).toEqual([
      'call.started',
      'queue.callerJoined',
      'ringing 1001 in sales #1',
      'queue.callerLeft',
      'answered by 1001',
      'ended answered',
    ]);
  });

  it('one agent does not answer, the next one does; the caller stays in the queue between', () => {
    const queued = call();
    const first = queued.offer('1001');
    const second = queued.offer('1002');
    expect(
      summary(track([...queued.join, ...first.ring, ...first.noAnswer, ...second.ring, ...second.answer])),
    ).toEqual([
      'call.started',
      'queue.callerJoined',
      'ringing 1001 in sales #1',
      'stopped 1001 no-answer',
      'ringing 1002 in sales #1',
      'queue.callerLeft',
      'answered by 1002',
    ]);
  });

  it('a caller who gives up: the sequence of queue_abandon_empty', () => {
    const queued = call();
    expect(summary(track([...queued.join, ...queued.abandon(12)]))).toEqual([
      'call.started',
      'queue.callerJoined',
      'abandoned after 12',
      'queue.callerLeft',
      'ended abandoned',
    ]);
  });
});
