import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { DOCUMENT_KINDS, DocumentKind, DocumentTemplate, Language } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { languagesFirst } from '../../../core/i18n/languages-first';
import { SettingsApiService } from './settings-api.service';

/**
 * Handlebars templates of the documents, one per kind and language: edit one, save it (the server checks
 * it compiles) or reset it. The admin's own language is offered first.
 */
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
          (selectionChange)="pick($event.value, current()?.language ?? languages()[0])"
          data-testid="template-kind"
        >
          @for (kind of kinds; track kind) {
            <mat-option [value]="kind">{{ 'orders.documents.kinds.' + kind | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.templates.language' | transloco }}</mat-label>
        <mat-select
          [value]="current()?.language"
          (selectionChange)="pick(current()?.kind ?? kinds[0], $event.value)"
          data-testid="template-language"
        >
          @for (language of languages(); track language) {
            <mat-option [value]="language">{{ 'language.name.' + language | transloco }}</mat-option>
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
  private readonly userLanguage = inject(LanguageService).language;
  protected readonly kinds = DOCUMENT_KINDS;
  protected readonly languages = computed(() => languagesFirst(this.userLanguage()));
  protected readonly templates = signal<DocumentTemplate[]>([]);
  protected readonly current = signal<DocumentTemplate | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly name = new FormControl('', { nonNullable: true });
  protected readonly body = new FormControl('', { nonNullable: true });

  async ngOnInit(): Promise<void> {
    this.templates.set(await firstValueFrom(this.api.templates()));
    this.pick(this.kinds[0], this.languages()[0]);
  }

  protected pick(kind: DocumentKind, language: Language): void {
    const found = this.templates().find((item) => item.kind === kind && item.language === language);
    this.show(found ?? null);
  }

  protected async save(): Promise<void> {
    const template = this.current();
    if (template)
      await this.apply(this.api.saveTemplate(template, { name: this.name.value, body: this.body.value }));
  }

  protected async reset(): Promise<void> {
    const template = this.current();
    if (template) await this.apply(this.api.resetTemplate(template));
  }

  private async apply(call: ReturnType<SettingsApiService['resetTemplate']>): Promise<void> {
    this.errorKey.set(null);
    this.saved.set(false);
    try {
      const template = await firstValueFrom(call);
      const same = (item: DocumentTemplate) =>
        item.kind === template.kind && item.language === template.language;
      this.templates.update((list) => list.map((item) => (same(item) ? template : item)));
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
