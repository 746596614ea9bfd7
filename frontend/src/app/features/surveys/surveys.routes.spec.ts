import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../public/i18n/en.json';
import { rolesFor } from '../../core/navigation/navigation';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { provideTestDates } from '../../testing/dates';
import { routes as adminRoutes } from '../admin/admin.routes';
import { routes as reportRoutes } from '../reports/reports.routes';

describe('the survey routes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
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
        provideNoopAnimations(),
        provideTestDates(signal('en')),
        provideRouter(
          [
            { path: 'admin', children: adminRoutes },
            { path: 'reports', children: reportRoutes },
          ],
          withComponentInputBinding(),
        ),
        { provide: RealtimeService, useValue: { on: () => () => undefined } },
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  const shown = (selector: string) => (harness.fixture.nativeElement as HTMLElement).querySelector(selector);

  it('puts the designer and the campaigns in the admin area, as tabs of it', async () => {
    await harness.navigateByUrl('/admin/surveys');
    expect(shown('sb-survey-list-page')).not.toBeNull();
    const tabs = [...(harness.routeNativeElement?.querySelectorAll('[data-testid^="admin-tab-"]') ?? [])];
    expect(tabs.map((tab) => tab.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/admin/surveys', '/admin/campaigns']),
    );
    await harness.navigateByUrl('/admin/surveys/new');
    expect(shown('sb-survey-designer-page')).not.toBeNull();
    await harness.navigateByUrl('/admin/campaigns');
    expect(shown('sb-campaigns-page')).not.toBeNull();
    await harness.navigateByUrl('/admin/campaigns/new');
    expect(shown('sb-campaign-editor-page')).not.toBeNull();
    TestBed.inject(HttpTestingController).match(() => true);
  });

  it('opens the reports on the survey results', async () => {
    await harness.navigateByUrl('/reports');
    expect(TestBed.inject(Router).url).toBe('/reports/surveys');
    expect(shown('sb-survey-results-page')).not.toBeNull();
    TestBed.inject(HttpTestingController).match(() => true);
  });

  it('leaves who may open them to the sections: admins design, supervisors and admins read', () => {
    expect(rolesFor('admin')).toEqual(['admin']);
    expect(rolesFor('reports')).toEqual(['supervisor', 'admin']);
  });
});
