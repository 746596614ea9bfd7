import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { byTestId, settle } from '../../../testing/dom';
import { aResponseRow } from '../../../testing/survey-fixtures';
import { SurveyAnswers } from './survey-answers';

describe('SurveyAnswers', () => {
  let fixture: ComponentFixture<SurveyAnswers>;
  let http: HttpTestingController;
  const all = (testId: string) =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${testId}"]`)].map((item) =>
      item.textContent?.trim(),
    );

  async function open(owner: 'orders' | 'clients', ownerId: string): Promise<void> {
    fixture = TestBed.createComponent(SurveyAnswers);
    fixture.componentRef.setInput('owner', owner);
    fixture.componentRef.setInput('ownerId', ownerId);
    await settle(fixture);
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
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
  });

  afterEach(() => http.verify());

  it("lists an order's survey calls, newest first, with each answer", async () => {
    await open('orders', 'o-1');
    const older = aResponseRow({
      attemptId: 'a-0',
      calledAt: '2026-10-01T09:00:00.000Z',
      campaignName: 'First wave',
    });
    const skipped = {
      ...aResponseRow(),
      answers: [
        {
          questionId: 'q-1',
          question: 'How was the delivery?',
          value: null,
          answeredAt: '2026-11-02T12:01:00.000Z',
        },
      ],
    };
    http.expectOne('/api/orders/o-1/survey-responses').flush([older, skipped]);
    await settle(fixture);
    expect(byTestId(fixture, 'survey-answers')?.querySelector('h2')?.textContent?.trim()).toBe(
      en.surveys.answers.title,
    );
    expect(all('survey-answer-campaign')).toEqual(['Delivered orders', 'First wave']);
    expect(all('survey-answer-value')).toEqual([en.surveys.answers.skipped, '2', en.surveys.answers.yes]);
    expect(all('survey-answer-date')[0]).toContain('11/2/26');
  });

  it("reads a client's answers, and shows nothing at all while there are none", async () => {
    await open('clients', 'cl-1');
    http.expectOne('/api/clients/cl-1/survey-responses').flush([]);
    await settle(fixture);
    expect(byTestId(fixture, 'survey-answers')).toBeNull();
  });

  it('shows nothing to a role the API refuses, but says when the answers could not be read', async () => {
    await open('clients', 'cl-1');
    http
      .expectOne('/api/clients/cl-1/survey-responses')
      .flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await settle(fixture);
    expect(byTestId(fixture, 'survey-answers')).toBeNull();

    await open('orders', 'o-2');
    http.expectOne('/api/orders/o-2/survey-responses').error(new ProgressEvent('error'));
    await settle(fixture);
    expect(byTestId(fixture, 'survey-answers')?.textContent).toContain(en.errors.network);
  });
});
