import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { byTestId, fieldError, settle, typeInto } from '../../../testing/dom';
import { aQueueSettings } from '../../../testing/supervisor-fixtures';
import { QueueSettingsDialog } from './queue-settings-dialog';

describe('QueueSettingsDialog', () => {
  let fixture: ComponentFixture<QueueSettingsDialog>;
  let http: HttpTestingController;
  const closedWith: unknown[] = [];
  const find = (testId: string) => byTestId(fixture, testId);
  const save = async () => {
    find('queue-settings-save')?.click();
    await settle(fixture);
  };

  beforeEach(async () => {
    closedWith.length = 0;
    TestBed.configureTestingModule({
      imports: [
        QueueSettingsDialog,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: { settings: aQueueSettings({ queue: 'sales' }) } },
        { provide: MatDialogRef, useValue: { close: (result: unknown) => closedWith.push(result) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QueueSettingsDialog);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it("saves the queue's times and thresholds, an emptied threshold as none", async () => {
    expect((find('queue-settings-serviceLevelSeconds') as HTMLInputElement).value).toBe('20');
    typeInto(fixture, 'queue-settings-serviceLevelSeconds', '30');
    typeInto(fixture, 'queue-settings-waitingAmber', '');
    await save();
    const put = http.expectOne({ method: 'PUT', url: '/api/queues/sales/settings' });
    expect(put.request.body).toEqual({
      serviceLevelSeconds: 30,
      shortAbandonSeconds: 5,
      thresholds: {
        waitingAmber: null,
        waitingRed: 6,
        longestWaitAmberSeconds: 60,
        longestWaitRedSeconds: 120,
        serviceLevelAmberPercent: 80,
        serviceLevelRedPercent: 60,
      },
    });
    const saved = aQueueSettings({ queue: 'sales', serviceLevelSeconds: 30 });
    put.flush(saved);
    await settle(fixture);
    expect(closedWith).toEqual([saved]);
  });

  it('refuses what it can tell is wrong without asking the server', async () => {
    typeInto(fixture, 'queue-settings-shortAbandonSeconds', '');
    typeInto(fixture, 'queue-settings-serviceLevelRedPercent', '140');
    typeInto(fixture, 'queue-settings-waitingRed', '2.5');
    await save();
    http.expectNone('/api/queues/sales/settings');
    expect(fieldError(find('queue-settings-shortAbandonSeconds'))).toBe(en.validation.required);
    expect(fieldError(find('queue-settings-serviceLevelRedPercent'))).toBe(en.validation.server.TOO_LARGE);
    expect(fieldError(find('queue-settings-waitingRed'))).toBe(en.validation.pattern);
  });

  it("shows the server's field errors on their fields, nested thresholds included", async () => {
    await save();
    http.expectOne('/api/queues/sales/settings').flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid thresholds.waitingRed',
        details: [{ field: 'thresholds.waitingRed', code: 'TOO_SMALL', reason: 'must be above amber' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(fieldError(find('queue-settings-waitingRed'))).toBe(en.validation.server.TOO_SMALL);
    expect(find('queue-settings-error')).toBeNull();
    expect(closedWith).toEqual([]);
  });

  it("shows the server's words when the refusal fits no field", async () => {
    await save();
    http
      .expectOne('/api/queues/sales/settings')
      .flush({ code: 'FORBIDDEN', message: 'Admins only' }, { status: 403, statusText: 'Forbidden' });
    await settle(fixture);
    expect(find('queue-settings-error')?.textContent?.trim()).toBe('Admins only');
  });
});
