import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { provideTestDates } from '../../../testing/dates';
import { routes } from '../admin.routes';

describe('the Monitoring admin tab', () => {
  it('links to /admin/monitoring, which shows the audit', async () => {
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
        provideTestDates(),
        provideRouter([{ path: 'admin', children: routes }]),
      ],
    });
    const harness = await RouterTestingHarness.create('/admin/monitoring');
    const http = TestBed.inject(HttpTestingController);
    const host = harness.fixture.nativeElement as HTMLElement;

    const tab = host.querySelector('[data-testid="admin-tab-monitoring"]');
    expect(tab?.textContent?.trim()).toBe(en.monitorAudit.tab);
    expect(tab?.getAttribute('href')).toBe('/admin/monitoring');

    http
      .expectOne((request) => request.url === '/api/monitoring')
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    expect(host.querySelector('[data-testid="monitor-audit-empty"]')).not.toBeNull();
    http.verify();
  });
});
