import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ClientImportStatus } from '@switchboard/contracts';

import uk from '../../../../../../public/i18n/uk.json';
import { RealtimeService } from '../../../../core/realtime/realtime.service';
import { ClientImportStore } from '../client-import.store';
import { ImportResultStep } from './import-result-step';

const finished: ClientImportStatus = {
  importId: 'imp-1',
  fileName: 'clients.csv',
  state: 'completed',
  totalRows: 3,
  processedRows: 3,
  createdCount: 1,
  errors: [
    { row: 3, field: 'phone', code: 'INVALID_FORMAT', reason: 'is not a valid phone number' },
    { row: 4, field: 'email', code: 'INVALID_FORMAT', reason: 'must be an email address' },
    { row: 4, field: 'custom:loyalty', code: 'NOT_ALLOWED', reason: 'must be one of bronze, gold' },
    { row: 4, field: 'taxId', reason: 'must be 8, 10 or 12 digits' },
  ],
  rejectedRowsUrl: '/api/client-imports/imp-1/rejected',
};

describe('ImportResultStep', () => {
  it('lists every error of every refused row, each reason in the user language', () => {
    TestBed.configureTestingModule({
      imports: [
        ImportResultStep,
        TranslocoTestingModule.forRoot({
          langs: { uk },
          translocoConfig: { availableLangs: ['uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: RealtimeService, useValue: { on: () => () => undefined } },
        ClientImportStore,
      ],
    });
    const store = TestBed.inject(ClientImportStore);
    store.customFields.set([
      {
        id: 'f-1',
        key: 'loyalty',
        label: 'Лояльність',
        type: 'select',
        options: ['bronze', 'gold'],
        position: 0,
      },
    ]);
    store.status.set(finished);
    const fixture = TestBed.createComponent(ImportResultStep);
    fixture.detectChanges();

    const page = fixture.nativeElement as HTMLElement;
    const rows = Array.from(page.querySelectorAll('[data-testid="import-error-row"]')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', uk.clientImport.targets.phone, uk.validation.server.INVALID_FORMAT],
      ['4', 'Лояльність', uk.validation.server.NOT_ALLOWED],
      ['4', uk.clientImport.targets.email, uk.validation.server.INVALID_FORMAT],
      // A report stored before reasons had codes keeps the server's words.
      ['4', uk.clientImport.targets.taxId, 'must be 8, 10 or 12 digits'],
    ]);
    expect(page.querySelector('[data-testid="import-rejected-count"]')?.textContent?.trim()).toBe('2');
    const reason = page.querySelector('[data-testid="import-error-reason"]');
    expect(reason?.getAttribute('title')).toBe('is not a valid phone number');
  });
});
