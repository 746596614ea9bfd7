import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { PAYMENT_METHODS, PaymentMethod, RecordPaymentRequest } from '@switchboard/contracts';

import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';

/** Asks for a payment (at most the debt) or a refund (at most what was paid); closes with the request to send. */
@Component({
  selector: 'sb-payment-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ (data.refund ? 'orders.payments.refund' : 'orders.payments.record') | transloco }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="sb-dialog-fields">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'orders.payments.amount' | transloco }}</mat-label>
          <input matInput inputmode="decimal" formControlName="amount" data-testid="payment-amount" />
          <mat-hint>{{
            (data.refund ? 'orders.payments.paidUpTo' : 'orders.payments.upTo')
              | transloco: { debt: data.limit }
          }}</mat-hint>
          @if (form.controls.amount.errors | fieldError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'orders.payments.method' | transloco }}</mat-label>
          <mat-select formControlName="method" data-testid="payment-method">
            @for (method of methods; track method) {
              <mat-option [value]="method">{{ 'orders.payments.methods.' + method | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'orders.payments.reference' | transloco }}</mat-label>
          <input matInput formControlName="reference" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" data-testid="payment-save">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentDialog {
  protected readonly data = inject<{ limit: string; refund: boolean }>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<PaymentDialog, RecordPaymentRequest>);
  protected readonly methods = this.data.refund
    ? PAYMENT_METHODS.filter((method) => method !== 'bonus')
    : PAYMENT_METHODS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: [this.data.limit, [Validators.required, Validators.pattern(/^\d+([.,]\d{1,2})?$/)]],
    method: ['cash' as PaymentMethod],
    reference: [''],
  });

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { amount, method, reference } = this.form.getRawValue();
    this.dialogRef.close({ amount: amount.replace(',', '.'), method, reference: reference.trim() || null });
  }
}
