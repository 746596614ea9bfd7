import { QUEUES } from './queues';
import { queuesWithoutProcessor } from './processors.check';

describe('queuesWithoutProcessor', () => {
  it('names the queues no worker processes', () => {
    expect(queuesWithoutProcessor([QUEUES.clientImport, QUEUES.surveyCall])).toEqual([
      QUEUES.bonusExpiry,
      QUEUES.reminderScan,
      QUEUES.reminderCall,
    ]);
    expect(queuesWithoutProcessor(Object.values(QUEUES))).toEqual([]);
  });
});
