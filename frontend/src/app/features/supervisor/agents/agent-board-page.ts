import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { AgentBoardRow } from '@switchboard/contracts';

import { MoneyPipe } from '../../../core/i18n/money.pipe';
import { PhonePipe } from '../../../core/i18n/phone.pipe';
import { PauseReasonPipe } from '../../../shared/console-defaults/console-default-names.pipe';
import { elapsedSeconds, formatSeconds } from '../board/rates-format';
import { SupervisorStore } from '../supervisor.store';
import { AgentRowActions } from './agent-row-actions';
import { AGENT_COLUMNS, AgentColumn, SortDirection, sortAgents } from './agent-sort';
import { ClientGlanceData, ClientGlanceDialog } from './client-glance-dialog';

/** Every agent the supervisor may see, live: state, call and caller, today's figures, and what to do. */
@Component({
  selector: 'sb-agent-board-page',
  imports: [
    AgentRowActions,
    MatIconModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    MoneyPipe,
    PauseReasonPipe,
    PhonePipe,
    TranslocoPipe,
  ],
  templateUrl: './agent-board-page.html',
  styleUrl: './agent-board-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentBoardPage {
  protected readonly store = inject(SupervisorStore);
  private readonly dialog = inject(MatDialog);

  protected readonly columns = [...AGENT_COLUMNS, 'actions'];
  protected readonly sort = signal<{ column: AgentColumn; direction: SortDirection }>({
    column: 'name',
    direction: 'asc',
  });
  protected readonly rows = computed(() =>
    sortAgents(this.store.agents(), this.sort().column, this.sort().direction),
  );

  protected sorted(sort: Sort): void {
    this.sort.set({ column: sort.active as AgentColumn, direction: sort.direction });
  }

  protected since(iso: string | null): string {
    return formatSeconds(elapsedSeconds(iso, this.store.now()));
  }

  protected talk(row: AgentBoardRow): string {
    return row.call?.answered ? this.since(row.call.since) : '—';
  }

  protected readonly seconds = formatSeconds;
  protected readonly trackRow = (_: number, row: AgentBoardRow) => row.userId;

  protected openClient(clientId: string): void {
    this.dialog.open<ClientGlanceDialog, ClientGlanceData>(ClientGlanceDialog, {
      data: { clientId },
      autoFocus: 'dialog',
      width: '520px',
    });
  }
}
