import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { DOCUMENT_KINDS, DocumentTemplate, LANGUAGES } from '@switchboard/contracts';
import { of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import uk from '../../../../../public/i18n/uk.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { SettingsApiService } from './settings-api.service';
import { TemplatesPage } from './templates-page';

const TEMPLATES: DocumentTemplate[] = DOCUMENT_KINDS.flatMap((kind) =>
  LANGUAGES.map((language) => ({
    kind,
    language,
    name: `${kind} in ${language}`,
    body: `<p>${kind}/${language}</p>`,
    updatedAt: new Date(0).toISOString(),
  })),
);

describe('TemplatesPage', () => {
  it("opens on the user's own language and edits the template of the language picked", async () => {
    const saved: unknown[] = [];
    TestBed.configureTestingModule({
      imports: [
        TemplatesPage,
        TranslocoTestingModule.forRoot({
          langs: { en, uk },
          translocoConfig: { availableLangs: ['en', 'uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideNoopAnimations(),
        { provide: LanguageService, useValue: { language: signal('uk') } },
        {
          provide: SettingsApiService,
          useValue: {
            templates: () => of(TEMPLATES),
            saveTemplate: (ref: unknown, request: unknown) => {
              saved.push([ref, request]);
              return of(TEMPLATES[0]);
            },
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(TemplatesPage);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const body = () => (root.querySelector('[data-testid="template-body"]') as HTMLTextAreaElement).value;
    expect(body()).toBe('<p>contract/uk</p>');
    expect(root.querySelector('[data-testid="template-language"]')?.textContent?.trim()).toBe(
      uk.language.name.uk,
    );
    (root.querySelector('[data-testid="template-language"] .mat-mdc-select-trigger') as HTMLElement).click();
    fixture.detectChanges();
    const options = Array.from(document.querySelectorAll('mat-option')).map((option) =>
      option.textContent?.trim(),
    );
    expect(options).toEqual([uk.language.name.uk, uk.language.name.en, uk.language.name.ru]);
    (document.querySelectorAll('mat-option')[2] as HTMLElement).click();
    fixture.detectChanges();
    expect(body()).toBe('<p>contract/ru</p>');
    (root.querySelector('[data-testid="template-save"]') as HTMLButtonElement).click();
    expect(saved).toEqual([
      [
        expect.objectContaining({ kind: 'contract', language: 'ru' }),
        { name: 'contract in ru', body: '<p>contract/ru</p>' },
      ],
    ]);
  }, 20_000);
});
