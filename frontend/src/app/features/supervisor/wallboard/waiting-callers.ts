import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { WaitingCaller } from '@switchboard/contracts';

import { PhonePipe } from '../../../core/i18n/phone.pipe';
import { elapsedSeconds, formatSeconds } from '../board/rates-format';

/** The callers waiting now, longest wait first, each wait counting up. */
@Component({
  selector: 'sb-waiting-callers',
  imports: [MatIconModule, PhonePipe, TranslocoPipe],
  template: `
    <h2 class="title">{{ 'wallboard.callers.title' | transloco }} ({{ callers().length }})</h2>
    @if (callers().length === 0) {
      <p class="empty" data-testid="waiting-empty">{{ 'wallboard.callers.empty' | transloco }}</p>
    } @else {
      <ol class="list" data-testid="waiting-list">
        @for (caller of callers(); track caller.callId) {
          <li [attr.data-testid]="'waiting-caller-' + caller.callId">
            <span class="wait" data-testid="waiting-caller-wait">{{ wait(caller) }}</span>
            <span class="who">
              <span class="number" data-testid="waiting-caller-number">{{ caller.number | phone }}</span>
              <span class="client">{{
                caller.client?.name ?? ('wallboard.callers.unknown' | transloco)
              }}</span>
            </span>
            @if (showQueue()) {
              <span class="queue">{{ caller.queue }}</span>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    :host {
      display: block;
      --s: var(--tile-scale, 1);
      font-size: calc(var(--s) * 0.875rem);
    }
    .title {
      margin: 0 0 8px;
      font-size: calc(var(--s) * 1rem);
      font-weight: 500;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .wait {
      min-width: 4.5em;
      font-size: calc(var(--s) * 1.125rem);
      font-weight: 500;
      font-variant-numeric: tabular-nums;
    }
    .who {
      flex: 1;
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .client,
    .queue {
      color: var(--mat-sys-on-surface-variant);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WaitingCallers {
  readonly callers = input.required<WaitingCaller[]>();
  readonly now = input.required<number>();
  /** With every queue's callers in one list. */
  readonly showQueue = input(false);

  protected wait(caller: WaitingCaller): string {
    return formatSeconds(elapsedSeconds(caller.joinedAt, this.now()));
  }
}
