/**
 * Runs `flush(key)` at most once per `intervalMs` for each key: the first mark of a quiet key flushes at
 * once, marks within the interval after it are folded into one flush at its end.
 */
export class KeyedThrottle {
  private readonly lastFlush = new Map<string, number>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (key: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  mark(key: string): void {
    if (this.pending.has(key)) return;
    const wait = (this.lastFlush.get(key) ?? -Infinity) + this.intervalMs - this.now();
    if (wait <= 0) this.fire(key);
    else
      this.pending.set(
        key,
        setTimeout(() => this.fire(key), wait),
      );
  }

  stop(): void {
    this.pending.forEach((timer) => clearTimeout(timer));
    this.pending.clear();
  }

  private fire(key: string): void {
    this.pending.delete(key);
    this.lastFlush.set(key, this.now());
    this.flush(key);
  }
}
