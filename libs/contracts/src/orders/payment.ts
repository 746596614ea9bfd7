import { UserRef } from '../clients/client';
import { Page } from '../page';
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

/** An order that is still open or still owed, as the client card and the screen-pop list it. */
export interface OpenOrder {
  id: string;
  number: string;
  /** The stage's key; `stageName` is what people call it. */
  stage: string;
  stageName: string;
  total: Money;
  paid: Money;
  debt: Money;
  currency: Currency;
  createdAt: string;
}

export interface ClientFinance {
  debt: { total: Money; overdue: Money; currency: Currency };
  bonusBalance: Money;
  openOrders: OpenOrder[];
}

export interface Debtor {
  client: { id: string; displayName: string };
  /** The client's first own phone, to call them about the debt. */
  phone: { number: string; e164: string } | null;
  debt: Money;
  overdue: Money;
  currency: Currency;
  orders: number;
  /** The latest payment on any of the client's orders. */
  lastPayment: { amount: Money; paidAt: string } | null;
}

/** The debtors list: a page of debtors and the sums over every debtor, not only this page. */
export interface DebtorsPage extends Page<Debtor> {
  totals: { debt: Money; overdue: Money; orders: number; currency: Currency };
}
