import { execFile } from 'node:child_process';

export type ProgramFailure =
  { kind: 'missing' } | { kind: 'timeout' } | { kind: 'failed'; exitCode: number | null; stderr: string };

export class ProgramFailedError extends Error {
  constructor(
    readonly program: string,
    readonly failure: ProgramFailure,
  ) {
    super(`${program}: ${describeFailure(failure)}`);
  }
}

export function describeFailure(failure: ProgramFailure): string {
  if (failure.kind === 'missing') return 'not installed';
  if (failure.kind === 'timeout') return 'timed out';
  const stderr = failure.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300);
  return `exited with ${failure.exitCode ?? 'a signal'}${stderr ? `: ${stderr}` : ''}`;
}

interface RunOptions {
  /** Written to the program's standard input, which is then closed. */
  input?: string | Buffer;
  timeoutMs: number;
}

/**
 * Runs a program directly (no shell, so nothing in the arguments or input is ever interpreted)
 * and resolves when it exits with 0; otherwise rejects with a ProgramFailedError saying why.
 */
export function runProgram(program: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      args,
      { timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024, encoding: 'utf8' },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const code = error.code;
        const failure: ProgramFailure =
          code === 'ENOENT' || code === 'EACCES'
            ? { kind: 'missing' }
            : error.killed
              ? { kind: 'timeout' }
              : { kind: 'failed', exitCode: typeof code === 'number' ? code : null, stderr };
        reject(new ProgramFailedError(program, failure));
      },
    );
    // A program that exits before reading all of its input closes the pipe; its exit code tells why.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}
