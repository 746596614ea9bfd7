import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { checkOnControlEvents } from '../../../shared/forms/check-on-control-events';
import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { ClientFormGroup } from './client-form.model';

/** A company's bank details and legal address, laid out by the owner's grid. */
@Component({
  selector: 'sb-client-requisites-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorPipe],
  template: `
    @let controls = form().controls;
    <mat-form-field appearance="outline">
      <mat-label>{{ 'clients.fields.bankName' | transloco }}</mat-label>
      <input matInput [formControl]="controls.bankName" />
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'clients.fields.bankCode' | transloco }}</mat-label>
      <input matInput [formControl]="controls.bankCode" />
      @if (controls.bankCode.errors | fieldError; as error) {
        <mat-error>{{ error.key | transloco: error.params }}</mat-error>
      }
    </mat-form-field>
    <mat-form-field appearance="outline" class="wide">
      <mat-label>{{ 'clients.fields.account' | transloco }}</mat-label>
      <input matInput [formControl]="controls.account" />
      @if (controls.account.errors | fieldError; as error) {
        <mat-error>{{ error.key | transloco: error.params }}</mat-error>
      }
    </mat-form-field>
    <mat-form-field appearance="outline" class="wide">
      <mat-label>{{ 'clients.fields.legalAddress' | transloco }}</mat-label>
      <input matInput [formControl]="controls.legalAddress" />
    </mat-form-field>
  `,
  styles: `
    .wide {
      flex: 1 1 400px;
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientRequisitesFields {
  readonly form = input.required<ClientFormGroup>();

  constructor() {
    checkOnControlEvents(this.form);
  }
}
