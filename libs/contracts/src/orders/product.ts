import { Money } from './money';

export interface Product {
  id: string;
  name: string;
  sku: string | null;
  /** Bonus rules are set per category. */
  category: string | null;
  unit: string;
  /** Price with VAT included. */
  price: Money;
  /** VAT rate in percent (20, 7, 0). */
  vatRate: number;
  active: boolean;
}

export interface SaveProductRequest {
  name: string;
  sku?: string | null;
  category?: string | null;
  unit?: string;
  price: Money;
  vatRate?: number;
  active?: boolean;
}

export interface ProductListQuery {
  q?: string;
  category?: string;
  active?: boolean;
  page?: number;
  pageSize?: number;
}

/** Units the app names in every language; a product's or item's `unit` is one of these or text an admin typed. */
export const UNITS = ['pcs', 'kg', 'g', 'l', 'm', 'm2', 'h', 'set', 'pack', 'service'] as const;
export type Unit = (typeof UNITS)[number];

export function isUnit(value: string): value is Unit {
  return (UNITS as readonly string[]).includes(value);
}
