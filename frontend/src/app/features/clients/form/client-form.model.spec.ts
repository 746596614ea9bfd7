import { TestBed } from '@angular/core/testing';
import { FormControl, NonNullableFormBuilder } from '@angular/forms';
import { CustomFieldDefinition } from '@switchboard/contracts';

import {
  CustomControlValue,
  applyClientErrors,
  clientFormGroup,
  emptyCustomValue,
  storedCustomValue,
  toClientRequest,
} from './client-form.model';

const fields: CustomFieldDefinition[] = [
  { id: '1', key: 'visits', label: 'Visits', type: 'number', options: [], position: 0 },
  { id: '2', key: 'vip_card', label: 'VIP card', type: 'boolean', options: [], position: 1 },
];

describe('client form model', () => {
  const form = () => {
    const group = clientFormGroup(TestBed.inject(NonNullableFormBuilder));
    group.controls.custom.addControl('visits', new FormControl<string | boolean>('', { nonNullable: true }));
    group.controls.custom.addControl(
      'vip_card',
      new FormControl<string | boolean>(false, { nonNullable: true }),
    );
    return group;
  };

  it('sends a person with trimmed names, non-empty phones and typed custom values', () => {
    const group = form();
    group.patchValue({
      lastName: ' Коваль ',
      firstName: 'Олена',
      legalName: 'ignored',
      custom: { visits: '3,5', vip_card: true },
    });
    group.controls.phones.push(
      TestBed.inject(NonNullableFormBuilder).group({ number: ' 067 123 45 67 ', label: '' }),
    );
    group.controls.phones.push(TestBed.inject(NonNullableFormBuilder).group({ number: ' ', label: '' }));
    expect(toClientRequest(group.getRawValue(), fields)).toMatchObject({
      kind: 'person',
      lastName: 'Коваль',
      legalName: null,
      phones: [{ number: '067 123 45 67', label: null }],
      bankDetails: null,
      customFields: { visits: 3.5, vip_card: true },
    });
  });

  it('clears an emptied custom value and sends a company without person fields', () => {
    const group = form();
    group.patchValue({ kind: 'company', legalName: 'ТОВ Ромашка', firstName: 'x', bankCode: '305299' });
    const request = toClientRequest(group.getRawValue(), fields);
    expect(request).toMatchObject({
      kind: 'company',
      firstName: null,
      legalName: 'ТОВ Ромашка',
      customFields: { visits: null },
    });
    expect(request.bankDetails).toEqual({ bankName: null, bankCode: '305299', account: null });
  });

  it('sends the days picked as ISO days of the local calendar, custom date fields too', () => {
    const group = form();
    const fb = TestBed.inject(NonNullableFormBuilder);
    group.controls.custom.addControl(
      'since',
      new FormControl<CustomControlValue>(null, { nonNullable: true }),
    );
    group.patchValue({ birthDate: new Date(1990, 0, 31, 23, 30), custom: { since: new Date(2026, 11, 2) } });
    group.controls.importantDates.push(
      fb.group({ label: 'Wedding', date: fb.control<Date | null>(new Date(2020, 5, 1)) }),
    );
    group.controls.importantDates.push(
      fb.group({ label: 'No day yet', date: fb.control<Date | null>(null) }),
    );
    const since: CustomFieldDefinition = {
      id: '3',
      key: 'since',
      label: 'Since',
      type: 'date',
      options: [],
      position: 2,
    };
    expect(toClientRequest(group.getRawValue(), [...fields, since])).toMatchObject({
      birthDate: '1990-01-31',
      importantDates: [{ label: 'Wedding', date: '2020-06-01' }],
      customFields: { since: '2026-12-02' },
    });
    expect(storedCustomValue(since, '2026-12-02')).toEqual(new Date(2026, 11, 2));
    expect(emptyCustomValue(since)).toBeNull();
  });

  it('puts server errors on list items and custom fields', () => {
    const group = form();
    group.controls.phones.push(TestBed.inject(NonNullableFormBuilder).group({ number: 'x', label: '' }));
    const applied = applyClientErrors(group, [
      { field: 'phones.0.number', reason: 'bad' },
      { field: 'customFields.visits', reason: 'bad' },
    ]);
    expect(applied).toBe(true);
    expect(group.get('phones.0.number')?.errors).toEqual({ server: 'validation.rejected' });
    expect(group.get('custom.visits')?.errors).toEqual({ server: 'validation.rejected' });
  });
});
