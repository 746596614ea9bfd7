import { TestBed } from '@angular/core/testing';
import { FormControl, NonNullableFormBuilder } from '@angular/forms';
import { CustomFieldDefinition } from '@switchboard/contracts';

import { applyClientErrors, clientFormGroup, toClientRequest } from './client-form.model';

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
