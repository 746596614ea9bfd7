import { FormArray, FormGroup } from '@angular/forms';
import { FieldError, OrderItemInput } from '@switchboard/contracts';

import { SERVER_ERROR } from '../../../shared/forms/field-error.pipe';
import { serverReasonKey } from '../../../shared/forms/server-errors';

export interface ItemValue {
  productId: string | null;
  name: string;
  quantity: string;
  price: string;
  discountPercent: string;
  vatRate: number;
}

/** Decimal commas are common in our markets; the API takes a point. */
const decimal = (text: string) => text.trim().replace(',', '.');

export function itemRequest(item: ItemValue): OrderItemInput {
  return {
    productId: item.productId,
    name: item.name.trim(),
    quantity: decimal(item.quantity),
    price: decimal(item.price),
    discountPercent: item.discountPercent.trim() ? decimal(item.discountPercent) : null,
    vatRate: item.vatRate,
  };
}

/** Puts the server's `items.N.field` errors on the item controls; true when any was placed. */
export function serverErrorsByControl(errors: FieldError[], items: FormArray<FormGroup>): boolean {
  let applied = false;
  for (const error of errors) {
    const { field } = error;
    const [, index, name] = /^items\.(\d+)\.(\w+)$/.exec(field) ?? [];
    const control = index === undefined ? null : items.at(Number(index))?.get(name);
    if (control) {
      control.setErrors({ [SERVER_ERROR]: serverReasonKey(error) });
      control.markAsTouched();
      applied = true;
    }
  }
  return applied;
}
