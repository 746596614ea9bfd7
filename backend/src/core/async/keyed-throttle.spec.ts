import { KeyedThrottle } from './keyed-throttle';

describe('KeyedThrottle', () => {
  let clock: number;
  let flushed: string[];
  let throttle: KeyedThrottle;

  beforeEach(() => {
    jest.useFakeTimers();
    clock = 1000;
    flushed = [];
    throttle = new KeyedThrottle(
      250,
      (key) => flushed.push(key),
      () => clock,
    );
  });

  afterEach(() => {
    throttle.stop();
    jest.useRealTimers();
  });

  const advance = (ms: number) => {
    clock += ms;
    jest.advanceTimersByTime(ms);
  };

  it('flushes a quiet key at once', () => {
    throttle.mark('sales');
    expect(flushed).toEqual(['sales']);
  });

  it('folds the marks within the interval into one flush at its end', () => {
    throttle.mark('sales');
    advance(100);
    throttle.mark('sales');
    throttle.mark('sales');
    expect(flushed).toEqual(['sales']);
    advance(149);
    expect(flushed).toEqual(['sales']);
    advance(1);
    expect(flushed).toEqual(['sales', 'sales']);
  });

  it('keeps keys apart', () => {
    throttle.mark('sales');
    throttle.mark('support');
    throttle.mark('sales');
    expect(flushed).toEqual(['sales', 'support']);
    advance(250);
    expect(flushed).toEqual(['sales', 'support', 'sales']);
  });

  it('flushes at once again after a quiet interval', () => {
    throttle.mark('sales');
    advance(300);
    throttle.mark('sales');
    expect(flushed).toEqual(['sales', 'sales']);
  });

  it('drops what is pending when stopped', () => {
    throttle.mark('sales');
    throttle.mark('sales');
    throttle.stop();
    advance(500);
    expect(flushed).toEqual(['sales']);
  });
});
