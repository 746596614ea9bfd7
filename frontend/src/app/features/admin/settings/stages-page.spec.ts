import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { byTestId, settle, typeInto } from '../../../testing/dom';
import { aStage } from '../../../testing/fixtures';
import { StagesPage } from './stages-page';

describe('StagesPage', () => {
  let fixture: ComponentFixture<StagesPage>;
  let http: HttpTestingController;
  const paid = aStage({ automation: 'paidInFull' });

  const input = (testId: string) => byTestId(fixture, testId) as HTMLInputElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        StagesPage,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LanguageService, useValue: { language: signal('en') } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StagesPage);
    fixture.detectChanges();
    http.expectOne('/api/order-stages').flush([paid]);
    await settle(fixture);
  });

  it('lists what moves orders into a stage by itself', () => {
    expect(byTestId(fixture, 'stage-automation-paid')?.textContent?.trim()).toBe(
      en.admin.stages.automations.paidInFull,
    );
  });

  it('edits the translations of a stage and sends them with its automation', async () => {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('td button')?.click();
    await settle(fixture);
    expect(input('stage-name-uk').value).toBe('Оплачено');
    expect(input('stage-next-step-uk').value).toBe('Організувати доставку');
    expect(input('stage-name-en').value).toBe('');
    typeInto(fixture, 'stage-name-ru', 'Оплачено полностью');
    typeInto(fixture, 'stage-next-step-ru', 'Организовать доставку');
    byTestId(fixture, 'stage-save')?.click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: `/api/order-stages/${paid.id}` });
    expect(request.request.body).toMatchObject({
      name: 'Paid',
      nameTranslations: { en: '', ru: 'Оплачено полностью', uk: 'Оплачено' },
      nextStepTranslations: { en: '', ru: 'Организовать доставку', uk: 'Організувати доставку' },
      automation: 'paidInFull',
    });
    expect(request.request.body).not.toHaveProperty('key');
  });
});
