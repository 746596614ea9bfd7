import { failureDelayMs } from './login-throttle.service';

describe('failureDelayMs', () => {
  it('lets failures below the limit pass, then doubles the wait up to a minute', () => {
    expect([1, 4].map((failures) => failureDelayMs(failures, 5))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((failures) => failureDelayMs(failures, 5))).toEqual([1000, 2000, 4000, 8000]);
    expect(failureDelayMs(40, 5)).toBe(60_000);
  });
});
