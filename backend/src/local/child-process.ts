import { ChildProcess } from 'node:child_process';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

/** A process `npm start` runs: an embedded service, the API, the worker or a one-off task. */
export interface LocalProcess {
  /** How messages name it: "PostgreSQL", "the API". */
  name: string;
  /** Settles, never rejects, when the process has ended, with how it ended ("exited with code 1"). */
  exited: Promise<string>;
  /** Asks it to stop, kills it when it has not within its grace period; resolves once it is gone. Idempotent. */
  stop: () => Promise<void>;
}

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function exitOf(child: ChildProcess): Promise<string> {
  if (hasExited(child)) return Promise.resolve(describeExit(child.exitCode, child.signalCode));
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(describeExit(code, signal)));
    child.once('error', (error) => resolve(`could not be run: ${error.message}`));
  });
}

/**
 * Sends `signal`, then SIGKILL to the whole process group once `graceMs` has passed. Every child
 * runs in a group of its own (spawned detached), so a terminal's Ctrl-C reaches only start-local,
 * which stops them in order; the group kill also takes any process a child started itself.
 */
async function stopChild(name: string, child: ChildProcess, signal: NodeJS.Signals, graceMs: number) {
  if (hasExited(child) || child.pid === undefined) return;
  const exited = exitOf(child);
  child.kill(signal);
  const patience = new AbortController();
  const inTime = await Promise.race([
    exited.then(() => true),
    sleep(graceMs, false, { signal: patience.signal }).catch(() => true),
  ]);
  patience.abort();
  if (inTime) return;
  process.stderr.write(`[switchboard] ${name} did not stop within ${graceMs / 1000} s: killing it\n`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group ended between the deadline and the kill.
  }
  await exited;
}

export function localProcess(
  name: string,
  child: ChildProcess,
  stopWith: { signal: NodeJS.Signals; graceMs: number },
): LocalProcess {
  let stopping: Promise<void> | undefined;
  return {
    name,
    exited: exitOf(child),
    stop: () => (stopping ??= stopChild(name, child, stopWith.signal, stopWith.graceMs)),
  };
}

/**
 * The last lines a process printed, to quote when it fails. Reading its pipes to the end also
 * matters on its own: a pipe nobody reads fills up and stalls the writer.
 */
export class OutputTail {
  private readonly lines: string[] = [];
  private readonly watchers: ((line: string) => void)[] = [];

  constructor(private readonly keep = 20) {}

  follow(stream: Readable | null): void {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) this.add(line);
    });
    stream?.on('end', () => partial && this.add(partial));
  }

  /** Resolves when a line containing `text` is printed; rejects, quoting the output, if the process ends first. */
  printed(child: ChildProcess, text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.watchers.push((line) => line.includes(text) && resolve());
      this.onEnd(child, (failure) =>
        reject(failure ?? new Error(`${child.spawnfile} exited before it was ready`)),
      );
    });
  }

  /** Resolves when the process exits with 0; otherwise rejects, quoting the output. */
  succeeded(child: ChildProcess): Promise<void> {
    return new Promise((resolve, reject) =>
      this.onEnd(child, (failure) => (failure ? reject(failure) : resolve())),
    );
  }

  /** The kept lines, indented, for a message; says so when there were none. */
  quote(): string {
    const printed = this.lines.filter((line) => line.trim() !== '');
    return printed.length ? printed.map((line) => `    | ${line}`).join('\n') : '    (it printed nothing)';
  }

  private add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.keep) this.lines.shift();
    for (const watch of this.watchers) watch(line);
  }

  /** Calls back once the process has ended: with no error for exit code 0, else one quoting the output. */
  private onEnd(child: ChildProcess, ended: (failure: Error | undefined) => void): void {
    // 'close' rather than 'exit': the last lines, usually the reason, may still be in the pipe at exit.
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) =>
      ended(
        code === 0
          ? undefined
          : new Error(`${child.spawnfile} ${describeExit(code, signal)}:\n${this.quote()}`),
      ),
    );
    child.once('error', ended);
  }
}
