import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CLIENT_SOURCES, CLIENT_STATUSES, DEFAULT_CLIENT_CATEGORIES, UserRef } from '@switchboard/contracts';

import { ClientCategoryPipe, clientCategoryName } from '../../../shared/client-category/client-category.pipe';
import { checkOnControlEvents } from '../../../shared/forms/check-on-control-events';
import { ClientFormGroup } from './client-form.model';

/** The client form's CRM section: category, tags, status, source, manager and the contact flags, laid out by the owner's grid. */
@Component({
  selector: 'sb-client-crm-fields',
  imports: [
    ClientCategoryPipe,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  template: `
    @let controls = form().controls;
    <mat-form-field appearance="outline">
      <mat-label>{{ 'clients.fields.category' | transloco }}</mat-label>
      <input
        matInput
        [formControl]="controls.category"
        [matAutocomplete]="categoryOptions"
        data-testid="client-form-category"
      />
      <mat-autocomplete #categoryOptions="matAutocomplete" [displayWith]="categoryName">
        @for (category of categories; track category) {
          <mat-option [value]="category">{{ category | clientCategory }}</mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
    <mat-form-field appearance="outline" class="wide">
      <mat-label>{{ 'clients.fields.tags' | transloco }}</mat-label>
      <mat-chip-grid #tagGrid>
        @for (tag of controls.tags.value; track tag) {
          <mat-chip-row (removed)="removeTag(tag)">
            {{ tag }}
            <button matChipRemove [attr.aria-label]="'clients.form.remove' | transloco">
              <mat-icon>cancel</mat-icon>
            </button>
          </mat-chip-row>
        }
        <input
          [matChipInputFor]="tagGrid"
          (matChipInputTokenEnd)="addTag($event)"
          data-testid="client-form-tag"
        />
      </mat-chip-grid>
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'clients.fields.status' | transloco }}</mat-label>
      <mat-select [formControl]="controls.status">
        @for (status of statuses; track status) {
          <mat-option [value]="status">{{ 'clients.statuses.' + status | transloco }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'clients.fields.source' | transloco }}</mat-label>
      <mat-select [formControl]="controls.source">
        <mat-option value="">—</mat-option>
        @for (source of sources; track source) {
          <mat-option [value]="source">{{ 'clients.sources.' + source | transloco }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'clients.fields.manager' | transloco }}</mat-label>
      <mat-select [formControl]="controls.managerId">
        <mat-option value="">—</mat-option>
        @for (manager of managers(); track manager.id) {
          <mat-option [value]="manager.id">{{ manager.displayName }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <div class="flags">
      <mat-checkbox [formControl]="controls.doNotCall">{{
        'clients.fields.doNotCall' | transloco
      }}</mat-checkbox>
      <mat-checkbox [formControl]="controls.noMarketing">{{
        'clients.fields.noMarketing' | transloco
      }}</mat-checkbox>
      <mat-checkbox [formControl]="controls.callConsent">{{
        'clients.fields.callConsent' | transloco
      }}</mat-checkbox>
    </div>
  `,
  styles: `
    .wide {
      flex: 1 1 400px;
      width: 100%;
    }
    .flags {
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientCrmFields {
  readonly form = input.required<ClientFormGroup>();
  readonly managers = input.required<UserRef[]>();

  protected readonly categories = DEFAULT_CLIENT_CATEGORIES;
  private readonly transloco = inject(TranslocoService);
  /** The input shows an offered category by its name while the form keeps its code. */
  protected readonly categoryName = (category: string | null) => clientCategoryName(this.transloco, category);
  protected readonly sources = CLIENT_SOURCES;
  protected readonly statuses = CLIENT_STATUSES;

  constructor() {
    checkOnControlEvents(this.form);
  }

  protected addTag(event: MatChipInputEvent): void {
    const tags = this.form().controls.tags;
    const tag = event.value.trim().toLowerCase();
    if (tag && !tags.value.includes(tag)) tags.setValue([...tags.value, tag]);
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    const tags = this.form().controls.tags;
    tags.setValue(tags.value.filter((item) => item !== tag));
  }
}
