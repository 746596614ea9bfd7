import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { Team } from '@switchboard/contracts';

/** Asks before a team is deleted; closes with `true` to go ahead. */
@Component({
  selector: 'sb-delete-team-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'teams.deleteTitle' | transloco: { name: team.name } }}</h2>
    <mat-dialog-content>
      <p class="sb-dialog-text">{{ 'teams.deleteText' | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial data-testid="team-delete-cancel">
        {{ 'common.cancel' | transloco }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="team-delete-confirm">
        {{ 'teams.deleteConfirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteTeamDialog {
  protected readonly team = inject<Team>(MAT_DIALOG_DATA);
}
