import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { DocumentTemplate } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SettingsApiService } from './settings-api.service';

/** Handlebars templates of the documents: edit one, save it (the server checks it compiles) or reset it. */
@Component({
  selector: 'sb-templates-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  template: `
    <div class="form">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.templates.kind' | transloco }}</mat-label>
        <mat-select
          [value]="current()?.kind"
          (selectionChange)="pick($event.value)"
          data-testid="template-kind"
        >
          @for (template of templates(); track template.kind) {
            <mat-option [value]="template.kind">{{
              'orders.documents.kinds.' + template.kind | transloco
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide"
        ><mat-label>{{ 'admin.templates.name' | transloco }}</mat-label
        ><input matInput [formControl]="name"
      /></mat-form-field>
    </div>
    <p>{{ 'admin.templates.help' | transloco }}</p>
    <textarea
      class="body"
      [formControl]="body"
      [attr.aria-label]="'admin.templates.body' | transloco"
      data-testid="template-body"
      [readonly]="current() === null"
    ></textarea>
    @if (errorKey(); as error) {
      <p class="error" role="alert">{{ error | transloco }}</p>
    }
    @if (saved()) {
      <p role="status">{{ 'admin.templates.saved' | transloco }}</p>
    }
    <div class="form">
      <button mat-flat-button type="button" (click)="save()" data-testid="template-save">
        {{ 'common.save' | transloco }}
      </button>
      <button mat-button type="button" (click)="reset()">{{ 'admin.templates.reset' | transloco }}</button>
    </div>
  `,
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatesPage implements OnInit {
  private readonly api = inject(SettingsApiService);
  protected readonly templates = signal<DocumentTemplate[]>([]);
  protected readonly current = signal<DocumentTemplate | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly name = new FormControl('', { nonNullable: true });
  protected readonly body = new FormControl('', { nonNullable: true });

  async ngOnInit(): Promise<void> {
    this.templates.set(await firstValueFrom(this.api.templates()));
    this.show(this.templates()[0] ?? null);
  }

  protected pick(kind: string): void {
    this.show(this.templates().find((template) => template.kind === kind) ?? null);
  }

  protected async save(): Promise<void> {
    const template = this.current();
    if (template)
      await this.apply(
        this.api.saveTemplate(template.kind, { name: this.name.value, body: this.body.value }),
      );
  }

  protected async reset(): Promise<void> {
    const template = this.current();
    if (template) await this.apply(this.api.resetTemplate(template.kind));
  }

  private async apply(call: ReturnType<SettingsApiService['resetTemplate']>): Promise<void> {
    this.errorKey.set(null);
    this.saved.set(false);
    try {
      const template = await firstValueFrom(call);
      this.templates.update((list) => list.map((item) => (item.kind === template.kind ? template : item)));
      this.show(template);
      this.saved.set(true);
    } catch (error) {
      const failure = toRequestFailure(error);
      this.errorKey.set(
        failure.code === 'TEMPLATE_INVALID' ? 'admin.templates.invalid' : failureMessageKey(failure),
      );
    }
  }

  private show(template: DocumentTemplate | null): void {
    this.current.set(template);
    this.name.setValue(template?.name ?? '');
    this.body.setValue(template?.body ?? '');
  }
}
