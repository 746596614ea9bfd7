import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { TEAM_TASK_PERIODS, TeamTaskPeriod, TeamTaskRow } from '@switchboard/contracts';

import { TeamTasksStore } from './team-tasks.store';

/** How the supervisor's agents stand with their tasks due today or this week; overdue ones stand out. */
@Component({
  selector: 'sb-team-tasks',
  imports: [MatButtonToggleModule, MatIconModule, MatProgressBarModule, MatTableModule, TranslocoPipe],
  providers: [TeamTasksStore],
  templateUrl: './team-tasks.html',
  styleUrl: './team-tasks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamTasks implements OnInit {
  protected readonly store = inject(TeamTasksStore);
  protected readonly periods = TEAM_TASK_PERIODS;
  protected readonly columns = ['agent', 'done', 'overdue', 'open'];
  protected readonly trackByAgent = (_: number, row: TeamTaskRow) => row.agent.id;

  ngOnInit(): void {
    this.store.load();
  }

  protected choose(change: MatButtonToggleChange): void {
    this.store.setPeriod(change.value as TeamTaskPeriod);
  }
}
