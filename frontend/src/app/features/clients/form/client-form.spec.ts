import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Client, CustomFieldDefinition } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { provideTestDates } from '../../../testing/dates';
import { fieldError, settle } from '../../../testing/dom';
import { ClientForm } from './client-form';

const VISITS: CustomFieldDefinition = {
  id: 'f-1',
  key: 'visits',
  label: 'Visits',
  type: 'number',
  options: [],
  position: 0,
};

function aCompany(): Client {
  const phone = (id: string, number: string) => ({ id, label: null, number, e164: number });
  return {
    id: 'c-1',
    kind: 'company',
    displayName: 'Romashka LLC',
    firstName: null,
    lastName: null,
    middleName: null,
    birthDate: null,
    gender: null,
    legalName: 'Romashka LLC',
    taxId: '12345678',
    registrationNumbers: [],
    bankDetails: { bankName: 'Bank', bankCode: '305299', account: 'UA1' },
    legalAddress: null,
    deliveryAddress: null,
    phones: [phone('p-1', '067 123 45 67'), phone('p-2', '050 111 22 33')],
    emails: [],
    contacts: [{ id: 'k-1', name: 'Olena', position: null, email: null, phones: [phone('p-3', '1')] }],
    category: null,
    tags: ['wine'],
    source: null,
    status: 'lead',
    manager: null,
    doNotCall: false,
    noMarketing: false,
    callConsent: false,
    familyMembers: [],
    importantDates: [],
    customFields: { visits: 3 },
    lastContactAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: null,
    deletedAt: null,
  };
}

describe('ClientForm editing a company', () => {
  let fixture: ComponentFixture<ClientForm>;
  let http: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const inputs = () => [...element().querySelectorAll<HTMLInputElement>('input[matinput]')];
  const errorOf = (input: HTMLInputElement | undefined) => fieldError(input);
  const byValue = (value: string) => inputs().find((input) => input.value === value);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        ClientForm,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTestDates()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClientForm);
    fixture.componentRef.setInput('id', 'c-1');
    await fixture.whenStable();
    http.expectOne('/api/client-fields').flush([VISITS]);
    http.expectOne('/api/directory/users').flush([]);
    await settle(fixture);
    http.expectOne('/api/clients/c-1').flush(aCompany());
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('fills every list, chip and custom field from the stored client', () => {
    expect(byValue('067 123 45 67')).toBeDefined();
    expect(byValue('050 111 22 33')).toBeDefined();
    expect(byValue('Olena')).toBeDefined();
    expect(byValue('305299')).toBeDefined();
    expect(byValue('3')).toBeDefined();
    expect(element().querySelector('mat-chip-row')?.textContent).toContain('wine');
  });

  it("puts the server's field errors, with the reason when it has a code, on the phones, the custom field and the bank code", async () => {
    element().querySelector<HTMLButtonElement>('[data-testid="client-form-save"]')?.click();
    await settle(fixture);
    http.expectOne('/api/clients/duplicates').flush({ duplicates: [] });
    await settle(fixture);
    const details = [
      ...['phones.1.number', 'contacts.0.phones.0.number', 'customFields.visits'].map((field) => ({
        field,
        reason: 'invalid',
      })),
      { field: 'bankCode', reason: 'too short', code: 'TOO_SHORT', constraint: 'minLength' },
    ];
    http
      .expectOne({ method: 'PATCH', url: '/api/clients/c-1' })
      .flush(
        { code: 'VALIDATION_FAILED', message: 'no', details },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);

    const rejected = en.validation.rejected;
    expect(errorOf(byValue('067 123 45 67'))).toBeNull();
    expect(errorOf(byValue('050 111 22 33'))).toBe(rejected);
    expect(errorOf(byValue('1'))).toBe(rejected);
    expect(errorOf(byValue('3'))).toBe(rejected);
    expect(errorOf(byValue('305299'))).toBe(en.validation.server.TOO_SHORT);
    expect(element().querySelector('[data-testid="client-form-error"]')?.textContent?.trim()).toBe(
      en.clients.form.fixErrors,
    );
  });
});
