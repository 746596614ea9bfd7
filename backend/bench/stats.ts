/** Percentile of already sorted samples, nearest-rank. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs `operation` once per input after a warm-up and returns its latencies in ms, sorted. */
export async function measure<T>(inputs: T[], operation: (input: T) => Promise<unknown>): Promise<number[]> {
  for (const input of inputs.slice(0, 200)) await operation(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    await operation(input);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b);
}

export function report(name: string, samples: number[], target: string): void {
  const line = [50, 95, 99].map((p) => `p${p} ${percentile(samples, p).toFixed(3)} ms`).join(', ');
  process.stdout.write(`${name.padEnd(34)} ${line}  (n=${samples.length}; target ${target})\n`);
}
