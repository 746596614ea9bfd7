import { UserRef } from '../clients/client';
import { Currency, Money } from './money';

export const PAYMENT_METHODS = ['cash', 'card', 'transfer', 'bonus'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface Payment {
  id: string;
  orderId: string;
  kind: 'payment' | 'refund';
  amount: Money;
  method: PaymentMethod;
  reference: string | null;
  paidAt: string;
  author: UserRef | null;
}

export interface RecordPaymentRequest {
  amount: Money | number;
  method?: PaymentMethod;
  reference?: string | null;
  /** Defaults to now. */
  paidAt?: string;
}

export interface RefundRequest {
  amount: Money | number;
  method?: Exclude<PaymentMethod, 'bonus'>;
  reference?: string | null;
}

export interface ClientFinance {
  debt: { total: Money; overdue: Money; currency: Currency };
  bonusBalance: Money;
  openOrders: { id: string; number: string; stage: string; total: Money; debt: Money; currency: Currency }[];
}

export interface Debtor {
  client: { id: string; displayName: string };
  debt: Money;
  overdue: Money;
  currency: Currency;
  orders: number;
}
