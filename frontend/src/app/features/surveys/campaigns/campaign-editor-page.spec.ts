import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Campaign, SaveCampaignRequest } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { byTestId, fieldError, settle, typeInto } from '../../../testing/dom';
import { aStage } from '../../../testing/fixtures';
import { aCampaign, aSurveySummary } from '../../../testing/survey-fixtures';
import { CampaignEditorPage } from './campaign-editor-page';
import { CampaignsStore } from './campaigns.store';

describe('CampaignEditorPage', () => {
  let fixture: ComponentFixture<CampaignEditorPage>;
  let http: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;
  const element = () => fixture.nativeElement as HTMLElement;
  const chips = () =>
    [...element().querySelectorAll('[data-testid="campaign-dnc"]')].map((chip) =>
      chip.textContent?.replace('cancel', '').trim(),
    );

  async function open(id: string, campaigns: Campaign[] = [aCampaign()]): Promise<void> {
    fixture = TestBed.createComponent(CampaignEditorPage);
    fixture.componentRef.setInput('id', id);
    await settle(fixture);
    http.expectOne('/api/campaigns').flush(campaigns);
    http.expectOne('/api/surveys').flush([aSurveySummary()]);
    http.expectOne('/api/order-stages').flush([aStage()]);
    await settle(fixture);
  }

  async function click(target: HTMLElement | null | undefined): Promise<void> {
    target?.click();
    await settle(fixture);
  }

  async function addNumbers(text: string): Promise<void> {
    const input = byTestId(fixture, 'campaign-dnc-input') as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('blur'));
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
        provideRouter([]),
        provideNoopAnimations(),
        CampaignsStore,
        { provide: LanguageService, useValue: { language: signal('en') } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  it('edits a campaign found in the list and saves it whole with PUT, then goes back to the list', async () => {
    await open('c-1');
    expect(byTestId(fixture, 'campaign-editor-title')?.textContent?.trim()).toBe('Delivered orders');
    expect((byTestId(fixture, 'campaign-name') as HTMLInputElement).value).toBe('Delivered orders');
    expect(chips()).toEqual(['+380501112233']);
    typeInto(fixture, 'campaign-name', 'Delivered, second wave');
    await click(byTestId(fixture, 'campaign-day-6')?.querySelector('button'));
    await addNumbers('+380 67 000 11 22');
    await click(byTestId(fixture, 'campaign-save'));
    const put = http.expectOne({ method: 'PUT', url: '/api/campaigns/c-1' });
    const body = put.request.body as SaveCampaignRequest;
    expect(body.name).toBe('Delivered, second wave');
    expect(body.window.days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.doNotCall).toEqual(['+380501112233', '+380670001122']);
    expect(body.trigger).toEqual({ kind: 'orderStage', stageId: 'stage-paid' });
    put.flush(aCampaign({ name: 'Delivered, second wave' }));
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['..'], expect.anything());
  });

  it('shows the server’s refusal on the field it names', async () => {
    await open('c-1');
    await click(byTestId(fixture, 'campaign-save'));
    http.expectOne({ method: 'PUT', url: '/api/campaigns/c-1' }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'x',
        details: [{ field: 'window.to', reason: 'late', code: 'TOO_LARGE' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(fieldError(byTestId(fixture, 'campaign-to'))).toBe(en.validation.server.TOO_LARGE);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not send a new campaign without a name, a survey and its stage', async () => {
    await open('new', []);
    expect(byTestId(fixture, 'campaign-editor-title')?.textContent?.trim()).toBe(
      en.surveys.campaigns.newTitle,
    );
    await click(byTestId(fixture, 'campaign-save'));
    expect(fieldError(byTestId(fixture, 'campaign-name'))).toBe(en.validation.required);
    expect(fieldError(byTestId(fixture, 'campaign-stage'))).toBe(en.surveys.validation.stageRequired);
    expect(byTestId(fixture, 'campaign-error')?.textContent?.trim()).toBe(en.surveys.designer.fixErrors);
    http.expectNone({ method: 'POST' });
  });

  it('marks a do-not-call number that is not in E.164 and names it', async () => {
    await open('c-1');
    await addNumbers('050 111 22 33');
    expect(chips()).toEqual(['+380501112233', '0501112233']);
    expect(element().querySelector('mat-chip-row.invalid')?.textContent).toContain('0501112233');
    expect(fieldError(byTestId(fixture, 'campaign-dnc-input'))).toBe(
      en.surveys.validation.phoneFormat.replace('{{ numbers }}', '0501112233'),
    );
  });

  it('says so when the campaign asked for is not in the list', async () => {
    await open('c-9');
    expect(byTestId(fixture, 'campaign-error')?.textContent?.trim()).toBe(en.surveys.errors.notFound);
    expect(byTestId(fixture, 'campaign-name')).toBeNull();
  });
});
