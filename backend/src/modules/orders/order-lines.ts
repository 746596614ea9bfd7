import { FieldErrorCode, OrderItemInput } from '@switchboard/contracts';
import { formatMoney, mulDiv, parseMoney, parseScaled } from '../../core/money/money';
import { CodedFieldError } from '../../core/http/domain-error';

/** What an item line is priced from when it names a catalogue product. */
export interface ProductTerms {
  id: string;
  name: string;
  category: string | null;
  unit: string;
  priceMinor: number;
  vatRate: number;
}

export interface PricedLine {
  productId: string | null;
  name: string;
  category: string | null;
  quantityMilli: number;
  unit: string;
  priceMinor: number;
  discountBasisPoints: number | null;
  discountMinor: number;
  vatRate: number;
  totalMinor: number;
  vatMinor: number;
}

export interface OrderTotals {
  subtotal: number;
  discount: number;
  vat: number;
  total: number;
}

const MAX_QUANTITY_MILLI = 1_000_000_000;

/**
 * Prices one line: quantity x price, less a discount in percent or as an amount, VAT included in the
 * price and shown as its part (total x rate / (100 + rate)). Every amount rounds half away from zero.
 */
function priceLine(
  input: OrderItemInput,
  product: ProductTerms | undefined,
  at: string,
  errors: CodedFieldError[],
): PricedLine | null {
  const fail = (field: string, code: FieldErrorCode, reason: string): null => {
    errors.push({ field: `${at}.${field}`, code, reason });
    return null;
  };
  const quantityMilli = parseScaled(input.quantity, 3);
  if (quantityMilli === null || quantityMilli === 0 || quantityMilli > MAX_QUANTITY_MILLI) {
    return fail('quantity', 'INVALID_FORMAT', 'must be a positive number with at most 3 decimals');
  }
  const priceMinor = input.price !== undefined ? parseMoney(input.price) : (product?.priceMinor ?? null);
  if (priceMinor === null || priceMinor < 0)
    return fail('price', 'INVALID_FORMAT', 'must be an amount of 0 or more, like 1250.00');
  const name = input.name?.trim() || product?.name;
  if (!name) return fail('name', 'REQUIRED', 'is required for an item without a product');
  const gross = mulDiv(quantityMilli, priceMinor, 1000);
  let discountBasisPoints: number | null = null;
  let discountMinor = 0;
  if (input.discountPercent !== undefined && input.discountPercent !== null) {
    discountBasisPoints = parseScaled(input.discountPercent, 2);
    if (discountBasisPoints === null || discountBasisPoints > 10_000) {
      return fail('discountPercent', 'INVALID_FORMAT', 'must be a percent from 0 to 100');
    }
    discountMinor = mulDiv(gross, discountBasisPoints, 10_000);
  } else if (input.discountAmount !== undefined && input.discountAmount !== null) {
    const amount = parseMoney(input.discountAmount);
    if (amount === null || amount < 0 || amount > gross) {
      return fail(
        'discountAmount',
        'INVALID_FORMAT',
        `must be an amount from 0 to the line's ${formatMoney(gross)}`,
      );
    }
    discountMinor = amount;
  }
  const vatRate = input.vatRate ?? product?.vatRate ?? 0;
  const totalMinor = gross - discountMinor;
  return {
    productId: product?.id ?? null,
    name,
    category: product?.category ?? null,
    quantityMilli,
    unit: input.unit?.trim() || product?.unit || 'pcs',
    priceMinor,
    discountBasisPoints,
    discountMinor,
    vatRate,
    totalMinor,
    vatMinor: mulDiv(totalMinor, vatRate, 100 + vatRate),
  };
}

/** Prices every line; problems come back with their field (`items.2.quantity`), all at once. */
export function priceLines(
  inputs: OrderItemInput[],
  products: Map<string, ProductTerms>,
): { lines: PricedLine[]; errors: CodedFieldError[] } {
  const errors: CodedFieldError[] = [];
  const lines: PricedLine[] = [];
  inputs.forEach((input, index) => {
    const product = input.productId ? products.get(input.productId) : undefined;
    if (input.productId && !product) {
      errors.push({
        field: `items.${index}.productId`,
        code: 'NOT_FOUND',
        reason: 'is not an active product',
      });
      return;
    }
    const line = priceLine(input, product, `items.${index}`, errors);
    if (line) lines.push(line);
  });
  return { lines, errors };
}

export function orderTotals(lines: PricedLine[]): OrderTotals {
  const sum = (pick: (line: PricedLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return {
    subtotal: sum((line) => line.totalMinor + line.discountMinor),
    discount: sum((line) => line.discountMinor),
    vat: sum((line) => line.vatMinor),
    total: sum((line) => line.totalMinor),
  };
}
