import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import { MonitorNoticesStore } from '../../../core/calls/monitor-notices.store';

/** A line per supervisor monitoring the agent's call: who, and whether they only listen or talk too. */
@Component({
  selector: 'sb-monitor-banner',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    @for (notice of notices(); track notice.sessionId) {
      <p class="notice" role="status" [attr.data-testid]="'monitor-banner-' + notice.mode">
        <mat-icon aria-hidden="true">{{
          notice.mode === 'listen' ? 'hearing' : 'record_voice_over'
        }}</mat-icon>
        {{ 'monitor.banner.' + notice.mode | transloco: { name: notice.supervisor.displayName } }}
      </p>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .notice {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 8px;
      padding: 8px 12px;
      border-radius: 8px;
      font: var(--mat-sys-body-medium);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitorBanner {
  protected readonly notices = inject(MonitorNoticesStore).notices;
}
