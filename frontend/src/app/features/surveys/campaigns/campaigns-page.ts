import { ChangeDetectionStrategy, Component, Injector, OnInit, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Campaign, CampaignCounts, OrderStage } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { LocalizedTextPipe } from '../../../core/i18n/localized-text.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { CampaignAction } from '../surveys-api.service';
import { AddTargetsDialog } from './add-targets-dialog';
import { ACTION_ICONS, actionsFor, stopQuestion, takesClients } from './campaign-actions';
import { CampaignsStore } from './campaigns.store';

/** Settings → Campaigns: who gets called with which survey, how far each campaign got, and its controls. */
@Component({
  selector: 'sb-campaigns-page',
  imports: [
    LocalizedTextPipe,
    LocalNumberPipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './campaigns-page.html',
  styleUrl: './campaigns-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignsPage implements OnInit {
  protected readonly store = inject(CampaignsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  // The add-clients dialog reads this route's store, which the root injector MatDialog uses does not hold.
  private readonly injector = inject(Injector);

  protected readonly columns = ['name', 'survey', 'trigger', 'status', 'counts', 'actions'];
  protected readonly actionsFor = actionsFor;
  protected readonly takesClients = takesClients;
  protected readonly icons = ACTION_ICONS;
  protected readonly countKeys = [
    'scheduled',
    'calling',
    'completed',
    'unreached',
  ] as const satisfies readonly (keyof CampaignCounts)[];
  protected readonly trackById = (_: number, campaign: Campaign) => campaign.id;
  private readonly stagesById = computed(
    () => new Map(this.store.stages().map((stage) => [stage.id, stage])),
  );

  ngOnInit(): void {
    void this.store.load();
    void this.store.loadChoices();
  }

  protected stageOf(campaign: Campaign): OrderStage | null {
    return campaign.trigger.kind === 'orderStage'
      ? (this.stagesById().get(campaign.trigger.stageId) ?? null)
      : null;
  }

  protected async act(campaign: Campaign, action: CampaignAction): Promise<void> {
    if (action === 'stop') {
      const confirmed = await firstValueFrom(
        this.dialog
          .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
            width: '420px',
            data: stopQuestion(campaign),
          })
          .afterClosed(),
      );
      if (!confirmed) return;
    }
    const failure = await this.store.act(campaign, action);
    const key = failure ?? `surveys.campaigns.done.${action}`;
    this.snackBar.open(this.transloco.translate(key, { name: campaign.name }), undefined, { duration: 4000 });
  }

  protected addClients(campaign: Campaign): void {
    this.dialog.open(AddTargetsDialog, { width: '440px', data: campaign, injector: this.injector });
  }
}
