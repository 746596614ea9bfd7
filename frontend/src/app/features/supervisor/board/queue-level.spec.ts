import { aCounts, aQueueSettings, aQueueStats } from '../../../testing/supervisor-fixtures';
import { higherLevel, isRise, queueLevels } from './queue-level';

const now = Date.parse('2026-12-03T10:10:00.000Z');
const secondsAgo = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('queue levels', () => {
  // Thresholds of the fixture: waiting 3 / 6, longest wait 60 / 120 s, service level 80 / 60 %.
  it('stays ok at the thresholds themselves and with nothing counted yet', () => {
    const queue = aQueueStats({
      waiting: 3,
      longestWaitingSince: secondsAgo(60),
      today: aCounts({ serviceLevel: 0.8 }),
    });
    expect(queueLevels(queue, now)).toEqual({
      level: 'ok',
      waiting: 'ok',
      longestWait: 'ok',
      serviceLevel: 'ok',
    });
    expect(queueLevels(aQueueStats(), now).level).toBe('ok');
  });

  it.each([
    ['waiting', { waiting: 4 }, 'amber'],
    ['waiting', { waiting: 7 }, 'red'],
    ['longestWait', { longestWaitingSince: secondsAgo(61) }, 'amber'],
    ['longestWait', { longestWaitingSince: secondsAgo(121) }, 'red'],
    ['serviceLevel', { today: aCounts({ serviceLevel: 0.79 }) }, 'amber'],
    ['serviceLevel', { today: aCounts({ serviceLevel: 0.59 }) }, 'red'],
  ] as const)('turns %s to %s past its threshold, and the tile with it', (figure, overrides, level) => {
    const levels = queueLevels(aQueueStats(overrides), now);
    expect(levels[figure]).toBe(level);
    expect(levels.level).toBe(level);
  });

  it('takes the worst figure for the tile', () => {
    const queue = aQueueStats({ waiting: 4, today: aCounts({ serviceLevel: 0.5 }) });
    expect(queueLevels(queue, now)).toEqual({
      level: 'red',
      waiting: 'amber',
      longestWait: 'ok',
      serviceLevel: 'red',
    });
  });

  it('turns as the longest wait ticks past a threshold', () => {
    const queue = aQueueStats({ longestWaitingSince: secondsAgo(59) });
    expect(queueLevels(queue, now).level).toBe('ok');
    expect(queueLevels(queue, now + 2000).level).toBe('amber');
  });

  it('reads a rate like 0.57 as exactly 57 percent', () => {
    const settings = aQueueSettings({
      thresholds: {
        ...aQueueSettings().thresholds,
        serviceLevelAmberPercent: 57,
        serviceLevelRedPercent: null,
      },
    });
    expect(queueLevels(aQueueStats({ settings, today: aCounts({ serviceLevel: 0.57 }) }), now).level).toBe(
      'ok',
    );
  });

  it('leaves out a threshold that is not set', () => {
    const settings = aQueueSettings({
      thresholds: {
        waitingAmber: null,
        waitingRed: 10,
        longestWaitAmberSeconds: null,
        longestWaitRedSeconds: null,
        serviceLevelAmberPercent: null,
        serviceLevelRedPercent: null,
      },
    });
    const queue = aQueueStats({
      settings,
      waiting: 9,
      longestWaitingSince: secondsAgo(3600),
      today: aCounts({ serviceLevel: 0 }),
    });
    expect(queueLevels(queue, now).level).toBe('ok');
    expect(queueLevels({ ...queue, waiting: 11 }, now).level).toBe('red');
  });

  it('orders levels ok < amber < red', () => {
    expect(higherLevel('amber', 'red')).toBe('red');
    expect(higherLevel('amber', 'ok')).toBe('amber');
    expect(isRise('ok', 'amber')).toBe(true);
    expect(isRise('amber', 'red')).toBe(true);
    expect(isRise('red', 'amber')).toBe(false);
    expect(isRise('amber', 'amber')).toBe(false);
  });
});
