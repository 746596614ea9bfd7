import { isRedisUnavailable } from './redis-unavailable';

describe('isRedisUnavailable', () => {
  it("knows ioredis's ways of failing a command while Redis is gone", () => {
    const messages = [
      'Reached the max retries per request limit (which is 2). Refer to "maxRetriesPerRequest" option for details.',
      'Connection is closed.',
      "Stream isn't writeable and enableOfflineQueue options is false",
    ];
    expect(messages.map((message) => isRedisUnavailable(new Error(message)))).toEqual([true, true, true]);
  });

  it('leaves every other error to the generic 500', () => {
    expect(isRedisUnavailable(new Error('relation "clients" does not exist'))).toBe(false);
    expect(isRedisUnavailable('Connection is closed.')).toBe(false);
  });
});
