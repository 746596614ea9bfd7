import { QueueLevel, QueueLevels } from '../board/queue-level';
import { risenQueues } from './level-notifier';

const levels = (level: QueueLevel): QueueLevels => ({
  level,
  waiting: level,
  longestWait: 'ok',
  serviceLevel: 'ok',
});

describe('risen queues', () => {
  it('names the queues whose tile rose, not those that stayed, fell or are new', () => {
    const before = new Map<string, QueueLevel>([
      ['a', 'ok'],
      ['b', 'amber'],
      ['c', 'red'],
      ['d', 'amber'],
      ['e', 'ok'],
    ]);
    const now = new Map([
      ['a', levels('amber')],
      ['b', levels('red')],
      ['c', levels('amber')],
      ['d', levels('amber')],
      ['e', levels('ok')],
      ['f', levels('red')],
    ]);
    expect(risenQueues(before, now)).toEqual(['a', 'b']);
  });
});
