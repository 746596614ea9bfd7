/**
 * Money is held as integer minor units (kopecks, cents) and written in the API as a decimal string
 * with two fraction digits. Rounding is half away from zero, as accounting in our markets expects.
 */
const AMOUNT = /^-?\d{1,13}(\.\d{1,2})?$/;
const DECIMAL = (digits: number) => new RegExp(`^\\d{1,9}(\\.\\d{1,${digits}})?$`);

/** Minor units of an amount written as `"1250.5"`, `"1250.50"` or `1250.5`; null when it is none. */
export function parseMoney(input: string | number): number | null {
  const text = typeof input === 'number' ? String(input) : input.trim();
  if (!AMOUNT.test(text)) return null;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -minor : minor;
}

export function formatMoney(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const absolute = Math.abs(minor);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** A non-negative decimal with up to `digits` fraction digits, as an integer scaled by 10^digits. */
export function parseScaled(input: string | number, digits: number): number | null {
  const text = typeof input === 'number' ? String(input) : input.trim();
  if (!DECIMAL(digits).test(text)) return null;
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0'));
}

export function formatScaled(value: number, digits: number): string {
  const whole = Math.floor(value / 10 ** digits);
  const fraction = String(value % 10 ** digits)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** round(a * b / divisor), half away from zero, exact for any sizes an order can reach. */
export function mulDiv(a: number, b: number, divisor: number): number {
  const product = BigInt(a) * BigInt(b);
  const d = BigInt(divisor);
  const quotient = product / d;
  const remainder = product % d;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const away = twice >= (d < 0n ? -d : d) ? (product < 0n ? -1n : 1n) : 0n;
  return Number(quotient + away);
}
