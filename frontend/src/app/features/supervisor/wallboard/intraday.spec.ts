import { aLiveQueue, anInterval } from '../../../testing/supervisor-fixtures';
import { intradayChartData, intradayPoints } from './intraday';

const at = (time: string) => `2026-12-03T${time}:00.000Z`;

describe('intraday series', () => {
  const queues = [
    aLiveQueue({
      queue: 'sales',
      intervals: [
        anInterval(at('09:00'), {
          offered: 4,
          answered: 3,
          abandoned: 1,
          answeredWithinServiceLevel: 3,
          serviceLevel: 0.75,
        }),
        anInterval(at('09:45'), {
          offered: 2,
          answered: 2,
          answeredWithinServiceLevel: 1,
          serviceLevel: 0.5,
        }),
      ],
    }),
    aLiveQueue({
      queue: 'support',
      intervals: [
        anInterval(at('09:00'), {
          offered: 6,
          answered: 4,
          shortAbandoned: 2,
          answeredWithinServiceLevel: 1,
          serviceLevel: 0.25,
        }),
      ],
    }),
  ];

  it("shows one queue's intervals with its own service level, quiet intervals filled in", () => {
    const points = intradayPoints(queues, 'sales');
    expect(
      points.map((point) => [new Date(point.start).toISOString(), point.offered, point.serviceLevel]),
    ).toEqual([
      [at('09:00'), 4, 0.75],
      [at('09:15'), 0, null],
      [at('09:30'), 0, null],
      [at('09:45'), 2, 0.5],
    ]);
  });

  it('sums every queue and works the service level out of the sums, short abandons left out', () => {
    const [nine] = intradayPoints(queues, null);
    expect(nine).toMatchObject({ offered: 10, answered: 7, abandoned: 1 });
    // (3 + 1) within the threshold / (10 offered − 2 short abandons).
    expect(nine.serviceLevel).toBe(0.5);
  });

  it('has nothing to draw without intervals', () => {
    expect(intradayPoints([aLiveQueue({ intervals: [] })], null)).toEqual([]);
    expect(intradayPoints(queues, 'billing')).toEqual([]);
  });

  it('draws bars of counts and the service level in percent, with times in the language', () => {
    const labels = { offered: 'Offered', answered: 'Answered', abandoned: 'Abandoned', serviceLevel: 'SL' };
    const data = intradayChartData(intradayPoints(queues, 'sales').slice(0, 2), labels, 'en-GB');
    expect(data.labels).toEqual([
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(
        Date.parse(at('09:00')),
      ),
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(
        Date.parse(at('09:15')),
      ),
    ]);
    expect(data.bars.map((bar) => [bar.label, bar.data])).toEqual([
      ['Offered', [4, 0]],
      ['Answered', [3, 0]],
      ['Abandoned', [1, 0]],
    ]);
    expect(data.line?.data).toEqual([75, null]);
  });
});
