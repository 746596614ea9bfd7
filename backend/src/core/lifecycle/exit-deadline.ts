const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Once asked to stop, the process is gone within `ms` even when something it waits on never answers:
 * a BullMQ worker's close can hang while Redis is down (taskforcesh/bullmq#4656).
 */
export function exitWithin(ms: number): void {
  for (const signal of STOP_SIGNALS) {
    process.once(signal, () => {
      setTimeout(() => {
        process.stderr.write(`Shutdown did not finish within ${ms / 1000} s: exiting\n`);
        process.exit(1);
      }, ms).unref();
    });
  }
}
