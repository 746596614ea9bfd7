import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SurveySummary } from '@switchboard/contracts';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { SurveyListStore } from './survey-list.store';

/** Settings → Surveys: every survey with its questions and last change; create, open, delete. */
@Component({
  selector: 'sb-survey-list-page',
  imports: [
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './survey-list-page.html',
  styles: '.name { font-weight: 500; } .actions { width: 96px; text-align: end; white-space: nowrap; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyListPage implements OnInit {
  protected readonly store = inject(SurveyListStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly columns = ['name', 'questions', 'updatedAt', 'actions'];
  protected readonly trackById = (_: number, survey: SurveySummary) => survey.id;

  ngOnInit(): void {
    this.store.load();
  }

  protected remove(survey: SurveySummary): void {
    const data: ConfirmDialogData = {
      title: 'surveys.list.deleteTitle',
      titleParams: { name: survey.name },
      text: 'surveys.list.deleteText',
      confirmLabel: 'surveys.list.deleteConfirm',
      testId: 'survey-delete',
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { width: '420px', data })
      .afterClosed()
      .subscribe(async (confirmed?: boolean) => {
        if (!confirmed) return;
        const result = await this.store.remove(survey);
        const key = result.ok ? 'surveys.list.deleted' : (result.messageKey ?? 'errors.unexpected');
        this.snackBar.open(this.transloco.translate(key, { name: survey.name }), undefined, {
          duration: 5000,
        });
      });
  }
}
