import { orderTotals, priceLines, ProductTerms } from './order-lines';

const chair: ProductTerms = {
  id: 'p1',
  name: 'Chair',
  category: 'furniture',
  unit: 'pcs',
  priceMinor: 125000,
  vatRate: 20,
};
const products = new Map([[chair.id, chair]]);

describe('priceLines and orderTotals', () => {
  it('prices a catalogue product with a percent discount and VAT as part of the price', () => {
    const { lines, errors } = priceLines(
      [{ productId: 'p1', quantity: '2', discountPercent: '10' }],
      products,
    );
    expect(errors).toEqual([]);
    expect(lines[0]).toMatchObject({
      name: 'Chair',
      category: 'furniture',
      totalMinor: 225000,
      discountMinor: 25000,
    });
    // 2250.00 with 20% VAT inside: 2250 x 20 / 120 = 375.00
    expect(lines[0].vatMinor).toBe(37500);
    expect(orderTotals(lines)).toEqual({ subtotal: 250000, discount: 25000, vat: 37500, total: 225000 });
  });

  it('prices free text with fractional quantities, rounding half away from zero', () => {
    const { lines } = priceLines(
      [
        { name: 'Cable, m', quantity: '1.5', price: '0.33', unit: 'm' },
        { name: 'Service', quantity: 3, price: '33.33', discountAmount: '0.99' },
      ],
      products,
    );
    // 1.5 x 0.33 = 0.495 -> 0.50; 3 x 33.33 = 99.99 - 0.99 = 99.00
    expect(lines.map((line) => line.totalMinor)).toEqual([50, 9900]);
    expect(lines[0]).toMatchObject({ unit: 'm', vatMinor: 0 });
  });

  it('names every bad line and field', () => {
    const { errors } = priceLines(
      [
        { name: 'A', quantity: '-1', price: '1' },
        { name: 'B', quantity: '1', price: '-5' },
        { quantity: '1', price: '1' },
        { productId: 'gone', quantity: '1' },
        { name: 'C', quantity: '1', price: '10', discountPercent: '120' },
        { name: 'D', quantity: '1', price: '10', discountAmount: '11' },
      ],
      products,
    );
    expect(errors).toEqual([
      {
        field: 'items.0.quantity',
        code: 'INVALID_FORMAT',
        reason: 'must be a positive number with at most 3 decimals',
      },
      {
        field: 'items.1.price',
        code: 'INVALID_FORMAT',
        reason: 'must be an amount of 0 or more, like 1250.00',
      },
      { field: 'items.2.name', code: 'REQUIRED', reason: 'is required for an item without a product' },
      { field: 'items.3.productId', code: 'NOT_FOUND', reason: 'is not an active product' },
      { field: 'items.4.discountPercent', code: 'INVALID_FORMAT', reason: 'must be a percent from 0 to 100' },
      {
        field: 'items.5.discountAmount',
        code: 'INVALID_FORMAT',
        reason: "must be an amount from 0 to the line's 10.00",
      },
    ]);
  });
});
