import { LocalProcess } from './child-process';

/** Services (PostgreSQL, Redis) outlive apps (the API, the worker); a task (migrations) may end. */
export type LocalRole = 'service' | 'app' | 'task';

/**
 * What `npm start` has running, stopped in order: the apps and tasks first, all at once, while
 * the services they close their connections to are still there; then the services, the last
 * started first. A service or app that ends on its own is a failure the whole stack stops for.
 */
export class LocalStack {
  private readonly services: LocalProcess[] = [];
  private readonly apps: LocalProcess[] = [];
  private stopping: Promise<void> | undefined;
  private firstEnd: string | undefined;
  private failed: ((reason: string) => void) | undefined;

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /**
   * `listener` hears of the first service or app that ended without being asked, even one that
   * ended before the call. Set once the stack is up: while it starts, the failing step reports
   * the reason itself, with the process's own output.
   */
  onFailure(listener: (reason: string) => void): void {
    this.failed = listener;
    if (this.firstEnd) listener(this.firstEnd);
  }

  track(role: LocalRole, process: LocalProcess): void {
    (role === 'service' ? this.services : this.apps).push(process);
    // Spawned while a stop was under way (a start step already in flight): it goes at once.
    if (this.stopping) void process.stop();
    else if (role !== 'task') void process.exited.then((how) => this.ended(`${process.name} ${how}`));
  }

  stop(): Promise<void> {
    this.stopping ??= this.stopInOrder();
    return this.stopping;
  }

  private ended(reason: string): void {
    if (this.isStopping || this.firstEnd) return;
    this.firstEnd = reason;
    this.failed?.(reason);
  }

  private async stopInOrder(): Promise<void> {
    await Promise.all(this.apps.map((app) => app.stop()));
    for (const service of [...this.services].reverse()) await service.stop();
  }
}
