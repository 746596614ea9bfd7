import { FormArray, FormControl, FormGroup } from '@angular/forms';

import { itemRequest, serverErrorsByControl } from './order-form.model';

describe('order form model', () => {
  it('sends decimals with a point and leaves an empty discount out', () => {
    expect(
      itemRequest({
        productId: null,
        name: ' Chair ',
        quantity: '1,5',
        price: '12,30',
        discountPercent: '',
        vatRate: 20,
      }),
    ).toEqual({
      productId: null,
      name: 'Chair',
      quantity: '1.5',
      price: '12.30',
      discountPercent: null,
      vatRate: 20,
    });
  });

  it('puts the server errors of item fields on their controls', () => {
    const items = new FormArray([
      new FormGroup({ quantity: new FormControl('-1'), price: new FormControl('1') }),
    ]);
    const applied = serverErrorsByControl(
      [
        { field: 'items.0.quantity', reason: 'must be positive' },
        { field: 'clientId', reason: 'x' },
      ],
      items,
    );
    expect(applied).toBe(true);
    expect(items.at(0).get('quantity')?.errors).toEqual({ server: 'validation.rejected' });
    expect(items.at(0).get('price')?.errors).toBeNull();
  });
});
