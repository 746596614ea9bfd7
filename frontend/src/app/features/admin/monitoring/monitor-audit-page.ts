import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { MonitorSession } from '@switchboard/contracts';
import { interval } from 'rxjs';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { formatSeconds } from '../../supervisor/board/rates-format';
import { MonitorAuditStore, sessionSeconds, shortCallId } from './monitor-audit.store';

const CLOCK_MS = 1000;

/** The monitoring audit: who listened to, whispered to or joined whose call, when, and for how long. */
@Component({
  selector: 'sb-monitor-audit-page',
  imports: [
    ListPaginator,
    LocalDatePipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
  ],
  templateUrl: './monitor-audit-page.html',
  styleUrl: './monitor-audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitorAuditPage implements OnInit {
  protected readonly store = inject(MonitorAuditStore);
  /** Ticks so that a running session's duration counts up; only those rows read it. */
  private readonly now = signal(Date.now());

  protected readonly columns = ['startedAt', 'supervisor', 'agent', 'call', 'modes', 'endedAt', 'duration'];
  protected readonly shortCallId = shortCallId;
  protected readonly trackById = (_: number, session: MonitorSession) => session.id;

  constructor() {
    interval(CLOCK_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.now.set(Date.now()));
  }

  ngOnInit(): void {
    this.store.sessions.load();
  }

  protected duration(session: MonitorSession): string {
    return formatSeconds(sessionSeconds(session, session.endedAt === null ? this.now() : 0));
  }
}
