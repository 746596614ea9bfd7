import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { BonusRule } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SettingsApiService } from './settings-api.service';

const PERCENT = /^\d{1,3}([.,]\d{1,2})?$/;

/** Bonus terms per product category; "*" covers every product without a rule of its own. */
@Component({
  selector: 'sb-bonus-rules-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    TranslocoPipe,
  ],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="save()">
      <mat-form-field appearance="outline"
        ><mat-label>{{ 'admin.bonus.category' | transloco }}</mat-label
        ><input matInput formControlName="category"
      /></mat-form-field>
      <mat-form-field appearance="outline"
        ><mat-label>{{ 'admin.bonus.accrual' | transloco }}</mat-label
        ><input matInput inputmode="decimal" formControlName="accrualPercent"
      /></mat-form-field>
      <mat-form-field appearance="outline"
        ><mat-label>{{ 'admin.bonus.maxRedeem' | transloco }}</mat-label
        ><input matInput inputmode="decimal" formControlName="maxRedeemPercent"
      /></mat-form-field>
      <button mat-flat-button type="submit">{{ 'common.save' | transloco }}</button>
    </form>
    <p>{{ 'admin.bonus.help' | transloco }}</p>
    @if (errorKey(); as error) {
      <p class="error" role="alert">{{ error | transloco }}</p>
    }
    <table mat-table [dataSource]="rules()">
      <ng-container matColumnDef="category"
        ><th mat-header-cell *matHeaderCellDef>{{ 'admin.bonus.category' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">{{ rule.category }}</td></ng-container
      >
      <ng-container matColumnDef="accrual"
        ><th mat-header-cell *matHeaderCellDef>{{ 'admin.bonus.accrual' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">{{ rule.accrualPercent }}%</td></ng-container
      >
      <ng-container matColumnDef="maxRedeem"
        ><th mat-header-cell *matHeaderCellDef>{{ 'admin.bonus.maxRedeem' | transloco }}</th>
        <td mat-cell *matCellDef="let rule">{{ rule.maxRedeemPercent }}%</td></ng-container
      >
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let rule; columns: columns" (click)="form.setValue(rule)"></tr>
    </table>
  `,
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BonusRulesPage implements OnInit {
  private readonly api = inject(SettingsApiService);
  protected readonly columns = ['category', 'accrual', 'maxRedeem'];
  protected readonly rules = signal<BonusRule[]>([]);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    category: ['', Validators.required],
    accrualPercent: ['', [Validators.required, Validators.pattern(PERCENT)]],
    maxRedeemPercent: ['', [Validators.required, Validators.pattern(PERCENT)]],
  });

  async ngOnInit(): Promise<void> {
    this.rules.set(await firstValueFrom(this.api.bonusRules()));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const value = this.form.getRawValue();
    this.errorKey.set(null);
    try {
      await firstValueFrom(
        this.api.saveBonusRule({
          category: value.category.trim(),
          accrualPercent: value.accrualPercent.replace(',', '.'),
          maxRedeemPercent: value.maxRedeemPercent.replace(',', '.'),
        }),
      );
      this.form.reset();
      this.rules.set(await firstValueFrom(this.api.bonusRules()));
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }
}
