import { CallDirection } from '@switchboard/contracts';
import { NestedObject, NestedValue } from './nested-form';

/** A webhook Binotel's API would not have sent: `field` names what is missing or wrong, in form notation. */
export class BinotelWebhookError extends Error {
  readonly code = 'BINOTEL_WEBHOOK_INVALID';

  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Binotel webhook: ${field} ${problem}`);
  }
}

const NON_NEGATIVE_INTEGER = /^\d{1,10}$/;

/**
 * Reads typed fields out of one object of a webhook, naming each field by its full form path
 * (`callDetails[billsec]`) in errors. Several names may be given for a field that Binotel renamed
 * (API 2.0 `srcNumber` became `externalNumber`): the first present wins.
 */
export class FieldReader {
  constructor(
    private readonly source: NestedObject,
    private readonly prefix: string | null = null,
  ) {}

  path(name: string): string {
    return this.prefix === null ? name : `${this.prefix}[${name}]`;
  }

  /** A string or number field; null when absent or empty. */
  optionalText(...names: string[]): string | null {
    for (const name of names) {
      const value = this.source[name];
      if (value === undefined || value === null || value === '') continue;
      if (typeof value === 'string') {
        const text = value.trim();
        if (text !== '') return text;
        continue;
      }
      if (typeof value === 'number') return String(value);
      throw new BinotelWebhookError(this.path(name), 'must be text');
    }
    return null;
  }

  text(...names: string[]): string {
    const value = this.optionalText(...names);
    if (value === null) throw new BinotelWebhookError(this.path(names[0]), 'is missing');
    return value;
  }

  optionalCount(name: string): number | null {
    const value = this.optionalText(name);
    if (value === null) return null;
    if (!NON_NEGATIVE_INTEGER.test(value)) {
      throw new BinotelWebhookError(this.path(name), `must be a whole number of seconds, got "${value}"`);
    }
    return Number(value);
  }

  count(name: string): number {
    const value = this.optionalCount(name);
    if (value === null) throw new BinotelWebhookError(this.path(name), 'is missing');
    return value;
  }

  /** `callType`: 0 incoming, 1 outgoing. */
  optionalDirection(name = 'callType'): CallDirection | null {
    const value = this.optionalText(name);
    if (value === null) return null;
    if (value === '0') return 'inbound';
    if (value === '1') return 'outbound';
    throw new BinotelWebhookError(this.path(name), `must be 0 (incoming) or 1 (outgoing), got "${value}"`);
  }

  direction(name = 'callType'): CallDirection {
    const value = this.optionalDirection(name);
    if (value === null) throw new BinotelWebhookError(this.path(name), 'is missing');
    return value;
  }

  /** Unix seconds. */
  optionalTime(name: string): Date | null {
    const seconds = this.optionalCount(name);
    return seconds === null ? null : new Date(seconds * 1000);
  }

  /** A nested object; Binotel sends an empty string for an empty one (`callDetails[customerData]=`). */
  optionalObject(name: string): FieldReader | null {
    const value = this.source[name];
    if (value === undefined || value === null || value === '') return null;
    if (!isNestedObject(value)) throw new BinotelWebhookError(this.path(name), 'must be an object');
    return new FieldReader(value, this.path(name));
  }

  object(name: string): FieldReader {
    const value = this.optionalObject(name);
    if (value === null) throw new BinotelWebhookError(this.path(name), 'is missing');
    return value;
  }

  /** A list of objects, sent as `name[0][...]`, `name[1][...]` or as a JSON array. */
  objects(name: string): FieldReader[] {
    const value = this.source[name];
    if (value === undefined || value === null || value === '') return [];
    const items = Array.isArray(value) ? value : isNestedObject(value) ? Object.values(value) : null;
    if (items === null) throw new BinotelWebhookError(this.path(name), 'must be a list');
    return items.map((item, index) => {
      if (!isNestedObject(item))
        throw new BinotelWebhookError(`${this.path(name)}[${index}]`, 'must be an object');
      return new FieldReader(item, `${this.path(name)}[${index}]`);
    });
  }

  has(name: string): boolean {
    const value = this.source[name];
    return value !== undefined && value !== null && value !== '';
  }

  /** The one object this object holds, as in `{ "<generalCallID>": { ... } }`; keeps this path. */
  soleObject(): FieldReader | null {
    const values: NestedValue[] = Object.values(this.source);
    const [only] = values;
    return values.length === 1 && isNestedObject(only) ? new FieldReader(only, this.prefix) : null;
  }
}

export function isNestedObject(value: NestedValue | undefined): value is NestedObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
