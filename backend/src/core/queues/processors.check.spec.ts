import { QUEUES } from './queues';
import { queuesWithoutProcessor } from './processors.check';

describe('queuesWithoutProcessor', () => {
  it('names the queues no worker processes', () => {
    const processed = Object.values(QUEUES).filter((name) => name !== QUEUES.bonusExpiry);
    expect(queuesWithoutProcessor(processed)).toEqual([QUEUES.bonusExpiry]);
    expect(queuesWithoutProcessor(Object.values(QUEUES))).toEqual([]);
  });
});
