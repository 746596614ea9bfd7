import { LocalProcess } from './child-process';
import { LocalStack } from './local-stack';

/** A process that takes `stopMs` to stop (idempotent, like the real one) and writes down when its stop began and ended. */
function fakeProcess(name: string, journal: string[], stopMs = 0) {
  let end: (how: string) => void = () => undefined;
  const exited = new Promise<string>((resolve) => (end = resolve));
  const stopOnce = async () => {
    journal.push(`stop ${name}`);
    await new Promise((resolve) => setTimeout(resolve, stopMs));
    journal.push(`gone ${name}`);
    end('was stopped');
  };
  let stopping: Promise<void> | undefined;
  const process: LocalProcess = { name, exited, stop: () => (stopping ??= stopOnce()) };
  return { process, dies: (how: string) => end(how) };
}

describe('LocalStack', () => {
  it('stops the apps and tasks first and waits for them, then the services, last started first', async () => {
    const journal: string[] = [];
    const stack = new LocalStack();
    stack.track('service', fakeProcess('postgres', journal).process);
    stack.track('service', fakeProcess('redis', journal).process);
    stack.track('app', fakeProcess('api', journal, 30).process);
    stack.track('app', fakeProcess('worker', journal, 10).process);

    await stack.stop();

    expect(journal).toEqual([
      'stop api',
      'stop worker',
      'gone worker',
      'gone api',
      'stop redis',
      'gone redis',
      'stop postgres',
      'gone postgres',
    ]);
  });

  it('reports the first app or service that ended on its own, also one that ended before it was asked', async () => {
    const stack = new LocalStack();
    const api = fakeProcess('the API', []);
    stack.track('app', api.process);
    api.dies('exited with code 1');
    await api.process.exited;
    const reasons: string[] = [];

    stack.onFailure((reason) => reasons.push(reason));

    expect(reasons).toEqual(['the API exited with code 1']);
  });

  it('takes a task that ends for granted, and an end it asked for is no failure', async () => {
    const stack = new LocalStack();
    const reasons: string[] = [];
    stack.onFailure((reason) => reasons.push(reason));
    const migrations = fakeProcess('the migrations', []);
    stack.track('task', migrations.process);
    stack.track('service', fakeProcess('redis', []).process);
    migrations.dies('exited with code 0');

    await stack.stop();

    expect(reasons).toEqual([]);
  });

  it('stops at once a process started while a stop is under way', async () => {
    const journal: string[] = [];
    const stack = new LocalStack();
    const stopping = stack.stop();
    stack.track('service', fakeProcess('postgres', journal).process);
    await stopping;
    await new Promise((resolve) => setImmediate(resolve));

    expect(journal).toEqual(['stop postgres', 'gone postgres']);
  });
});
