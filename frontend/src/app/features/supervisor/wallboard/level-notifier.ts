import { Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import { QueueLevel, QueueLevels, isRise } from '../board/queue-level';

export type AlertPermission = NotificationPermission | 'unsupported';

const FIGURES = ['waiting', 'longestWait', 'serviceLevel'] as const;

/** Queues whose tile rose (to amber, or to red) since the last look; a queue seen for the first time is no news. */
export function risenQueues(
  previous: ReadonlyMap<string, QueueLevel>,
  next: ReadonlyMap<string, QueueLevels>,
): string[] {
  return [...next]
    .filter(([queue, levels]) => {
      const before = previous.get(queue);
      return before !== undefined && isRise(before, levels.level);
    })
    .map(([queue]) => queue);
}

/** A desktop notification when a queue's tile turns amber or red: once per turn, none while it stays. */
@Injectable()
export class LevelNotifier {
  private readonly transloco = inject(TranslocoService);
  private seen = new Map<string, QueueLevel>();

  readonly permission = signal<AlertPermission>(
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );

  /** Browsers only ask from a user gesture: call it from a click. */
  async requestPermission(): Promise<void> {
    if (this.permission() !== 'default') return;
    this.permission.set(await Notification.requestPermission());
  }

  observe(levels: ReadonlyMap<string, QueueLevels>): void {
    const risen = risenQueues(this.seen, levels);
    this.seen = new Map([...levels].map(([queue, { level }]) => [queue, level]));
    if (this.permission() !== 'granted') return;
    for (const queue of risen) this.notify(queue, levels.get(queue) as QueueLevels);
  }

  private notify(queue: string, levels: QueueLevels): void {
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    const figures = FIGURES.filter((figure) => levels[figure] !== 'ok').map((figure) =>
      t(`wallboard.${figure}`),
    );
    const notification = new Notification(
      t('wallboard.alerts.title', { queue, level: t(`wallboard.levels.${levels.level}`) }),
      { body: figures.join(' · '), tag: `queue-level-${queue}` },
    );
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  }
}
