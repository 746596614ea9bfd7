import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { ConfirmDialog } from '../../../shared/confirm-dialog/confirm-dialog';
import { settle } from '../../../testing/dom';
import { aStage } from '../../../testing/fixtures';
import { aCampaign } from '../../../testing/survey-fixtures';
import { AddTargetsDialog } from './add-targets-dialog';
import { CampaignsPage } from './campaigns-page';
import { CampaignsStore } from './campaigns.store';

describe('CampaignsPage', () => {
  let fixture: ComponentFixture<CampaignsPage>;
  let http: HttpTestingController;
  let opened: { component: unknown; data: unknown }[];
  let answer: boolean | undefined;
  const rows = () => [
    ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-testid="campaign-row"]'),
  ];
  const within = (row: HTMLElement, testId: string) =>
    row.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const actions = (row: HTMLElement) =>
    [...row.querySelectorAll('[data-testid^="campaign-"]')]
      .map((button) => button.getAttribute('data-testid'))
      .filter((id) =>
        [
          'campaign-start',
          'campaign-pause',
          'campaign-resume',
          'campaign-stop',
          'campaign-add-clients',
        ].includes(id ?? ''),
      );

  beforeEach(async () => {
    opened = [];
    const dialog = {
      open: (component: unknown, config: { data: unknown }) => {
        opened.push({ component, data: config.data });
        return { afterClosed: () => of(answer) };
      },
    };
    TestBed.configureTestingModule({
      imports: [
        CampaignsPage,
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
        { provide: MatDialog, useValue: dialog },
        { provide: LanguageService, useValue: { language: signal('en') } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CampaignsPage);
    await settle(fixture);
    http.expectOne('/api/surveys').flush([]);
    http.expectOne('/api/order-stages').flush([aStage()]);
  });

  afterEach(() => http.verify());

  async function list(...campaigns: ReturnType<typeof aCampaign>[]): Promise<void> {
    http.expectOne('/api/campaigns').flush(campaigns);
    await settle(fixture);
  }

  it('shows each campaign’s status, its counts and the actions its status allows', async () => {
    await list(
      aCampaign({ id: 'a', name: 'A draft' }),
      aCampaign({ id: 'b', name: 'B running', status: 'running' }),
      aCampaign({ id: 'c', name: 'C paused', status: 'paused', trigger: { kind: 'manual' } }),
      aCampaign({ id: 'd', name: 'D stopped', status: 'stopped', trigger: { kind: 'manual' } }),
    );
    const [draft, running, paused, stopped] = rows();
    expect(within(draft, 'campaign-status')?.textContent?.trim()).toBe(en.surveys.campaigns.statuses.draft);
    expect(within(draft, 'campaign-trigger')?.textContent).toContain('Paid');
    expect(within(draft, 'campaign-count-scheduled')?.textContent).toBe('4');
    expect(within(draft, 'campaign-count-unreached')?.textContent).toBe('2');
    expect(actions(draft)).toEqual(['campaign-start']);
    expect(actions(running)).toEqual(['campaign-pause', 'campaign-stop']);
    expect(actions(paused)).toEqual(['campaign-resume', 'campaign-stop', 'campaign-add-clients']);
    expect(actions(stopped)).toEqual([]);
  });

  it('shows the empty state once the list answers with none', async () => {
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="campaigns-empty"]'),
    ).toBeNull();
    await list();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="campaigns-empty"]')?.textContent,
    ).toContain(en.surveys.campaigns.empty);
  });

  it('starts at once, but stops only after the confirmation', async () => {
    await list(aCampaign(), aCampaign({ id: 'r', name: 'Running', status: 'running' }));
    within(rows()[0], 'campaign-start')?.click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: '/api/campaigns/c-1/start' })
      .flush(aCampaign({ status: 'running' }));
    await settle(fixture);
    expect(opened).toEqual([]);

    answer = undefined;
    within(rows()[1], 'campaign-stop')?.click();
    await settle(fixture);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      component: ConfirmDialog,
      data: { testId: 'campaign-stop', titleParams: { name: 'Running' } },
    });
    http.expectNone({ method: 'POST' });

    answer = true;
    within(rows()[1], 'campaign-stop')?.click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: '/api/campaigns/r/stop' })
      .flush(aCampaign({ id: 'r', name: 'Running', status: 'stopped' }));
    await settle(fixture);
    expect(actions(rows()[1])).toEqual([]);
  });

  it('opens "Add clients" for a manual campaign', async () => {
    const manual = aCampaign({ trigger: { kind: 'manual' } });
    await list(manual);
    within(rows()[0], 'campaign-add-clients')?.click();
    expect(opened).toEqual([{ component: AddTargetsDialog, data: manual }]);
  });
});
