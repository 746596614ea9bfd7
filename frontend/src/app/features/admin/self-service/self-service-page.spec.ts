import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { SelfServiceRouting } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { byTestId, settle, typeInto } from '../../../testing/dom';
import { SelfServicePage } from './self-service-page';

const ROUTING = '/api/selfservice/routing';

describe('SelfServicePage', () => {
  let fixture: ComponentFixture<SelfServicePage>;
  let http: HttpTestingController;
  const stored: SelfServiceRouting = {
    debtors: { queue: 'collections', priority: null },
    vip: { queue: null, priority: 10, categories: ['vip'] },
  };

  const input = (testId: string) => byTestId(fixture, testId) as HTMLInputElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        SelfServicePage,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SelfServicePage);
    fixture.detectChanges();
    http.expectOne(ROUTING).flush(stored);
    http.expectOne('/api/queues/settings').flush([]);
    await settle(fixture);
  });

  it('shows the stored rule, with empty fields where it changes nothing', () => {
    expect(input('debtors-queue').value).toBe('collections');
    expect(input('debtors-priority').value).toBe('');
    expect(input('vip-priority').value).toBe('10');
    expect(byTestId(fixture, 'vip-category-0')?.textContent).toContain(en.clients.categories.vip);
  });

  it('saves the edited rule, empty fields as null', async () => {
    typeInto(fixture, 'debtors-queue', '');
    typeInto(fixture, 'debtors-priority', '5');
    typeInto(fixture, 'vip-queue', 'vip-line');
    byTestId(fixture, 'self-service-save')?.click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PUT', url: ROUTING });
    expect(request.request.body).toEqual({
      debtors: { queue: null, priority: 5 },
      vip: { queue: 'vip-line', priority: 10, categories: ['vip'] },
    });
    request.flush(request.request.body);
    await settle(fixture);
    expect(input('debtors-priority').value).toBe('5');
  });

  it('keeps a priority outside 0–1000 from being sent', async () => {
    typeInto(fixture, 'vip-priority', '5000');
    byTestId(fixture, 'self-service-save')?.click();
    await settle(fixture);
    http.expectNone({ method: 'PUT', url: ROUTING });
    expect(fixture.nativeElement.textContent).toContain(en.selfServiceRouting.priorityFormat);
  });

  it("shows the server's reason under the field it names", async () => {
    byTestId(fixture, 'self-service-save')?.click();
    await settle(fixture);
    http.expectOne({ method: 'PUT', url: ROUTING }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid',
        details: [{ field: 'debtors.queue', reason: 'must be a queue name' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(byTestId(fixture, 'self-service-debtors')?.textContent).toContain('must be a queue name');
    expect(byTestId(fixture, 'self-service-error')?.textContent).toContain(en.selfServiceRouting.fixErrors);
  });
});
