import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Campaign } from '@switchboard/contracts';

import { CampaignsStore } from './campaigns.store';

/** Puts everyone in a saved client segment into a manual campaign. */
@Component({
  selector: 'sb-add-targets-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'surveys.campaigns.addClientsTitle' | transloco: { name: campaign.name } }}</h2>
    <mat-dialog-content class="sb-dialog-fields">
      <p class="sb-dialog-text">{{ 'surveys.campaigns.addClientsText' | transloco }}</p>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'surveys.campaigns.segment' | transloco }}</mat-label>
        <mat-select [formControl]="segment" data-testid="campaign-segment">
          @for (item of store.segments(); track item.id) {
            <mat-option [value]="item.id">{{ item.name }}</mat-option>
          }
        </mat-select>
        @if (loaded() && store.segments().length === 0) {
          <mat-hint data-testid="campaign-no-segments">{{
            'surveys.campaigns.noSegments' | transloco
          }}</mat-hint>
        }
      </mat-form-field>
      @if (errorKey(); as error) {
        <p class="sb-form-error" role="alert">{{ error | transloco }}</p>
      }
    </mat-dialog-content>
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button
        mat-flat-button
        type="button"
        data-testid="campaign-add-confirm"
        [disabled]="segment.invalid || busy()"
        (click)="add()"
      >
        {{ 'surveys.campaigns.addClients' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddTargetsDialog {
  protected readonly store = inject(CampaignsStore);
  protected readonly campaign = inject<Campaign>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<AddTargetsDialog>);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly segment = new FormControl<string | null>(null, Validators.required);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(true);
  protected readonly errorKey = signal<string | null>(null);

  constructor() {
    void this.store.loadSegments().then(() => {
      this.loaded.set(true);
      this.busy.set(false);
    });
  }

  protected async add(): Promise<void> {
    const segmentId = this.segment.value;
    if (!segmentId) return;
    this.busy.set(true);
    this.errorKey.set(null);
    const result = await this.store.addSegment(this.campaign, segmentId);
    this.busy.set(false);
    if (!result.ok) {
      this.errorKey.set(result.messageKey);
      return;
    }
    const text = this.transloco.translate('surveys.campaigns.clientsAdded', { count: result.value });
    this.snackBar.open(text, undefined, { duration: 5000 });
    this.dialogRef.close(result.value);
  }
}
