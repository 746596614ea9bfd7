import { ChangeDetectionStrategy, Component, Injector, OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Team } from '@switchboard/contracts';

import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { TeamDialog } from './team-dialog/team-dialog';
import { TeamsStore } from './teams.store';

/** Teams of agents and their supervisors, with the queues they work: list, create, edit, delete. */
@Component({
  selector: 'sb-teams-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, TranslocoPipe],
  templateUrl: './teams-page.html',
  styleUrl: './teams-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamsPage implements OnInit {
  protected readonly store = inject(TeamsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  // Dialogs must see this route's TeamsStore, which the root injector MatDialog uses by default does not hold.
  private readonly injector = inject(Injector);

  protected readonly columns = ['name', 'members', 'queues', 'actions'];
  protected readonly trackById = (_: number, team: Team) => team.id;

  ngOnInit(): void {
    this.store.load();
  }

  create(): void {
    this.dialog.open(TeamDialog, { width: '560px', data: null, injector: this.injector });
  }

  edit(team: Team): void {
    this.dialog.open(TeamDialog, { width: '560px', data: team, injector: this.injector });
  }

  remove(team: Team): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        width: '420px',
        data: deleteQuestion(team),
      })
      .afterClosed()
      .subscribe(async (confirmed?: boolean) => {
        if (!confirmed) return;
        const result = await this.store.remove(team);
        const key = result.ok ? 'teams.deleted' : (result.messageKey ?? 'errors.unexpected');
        this.snackBar.open(this.transloco.translate(key, { name: team.name }), undefined, { duration: 4000 });
      });
  }
}

function deleteQuestion(team: Team): ConfirmDialogData {
  return {
    title: 'teams.deleteTitle',
    titleParams: { name: team.name },
    text: 'teams.deleteText',
    confirmLabel: 'teams.deleteConfirm',
    testId: 'team-delete',
  };
}
