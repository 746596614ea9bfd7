import { UserRef } from '../clients/client';
import { Currency, Money } from './money';

/** Bonus terms of a product category; `*` is the default for products without one. */
export interface BonusRule {
  category: string;
  /** Percent of the paid amount credited as bonuses. */
  accrualPercent: string;
  /** The largest share of an order's category amount payable with bonuses, in percent. */
  maxRedeemPercent: string;
}

export const BONUS_ENTRY_KINDS = ['accrual', 'redemption', 'expiry', 'adjustment'] as const;
export type BonusEntryKind = (typeof BONUS_ENTRY_KINDS)[number];

export interface BonusEntry {
  id: string;
  kind: BonusEntryKind;
  /** Signed: credits are positive, debits negative. */
  amount: Money;
  orderId: string | null;
  reason: string | null;
  author: UserRef | null;
  createdAt: string;
  expiresAt: string | null;
}

export interface BonusAccount {
  balance: Money;
  /** Bonuses are spent as money of the shop's currency. */
  currency: Currency;
  entries: BonusEntry[];
}

export interface BonusAdjustmentRequest {
  amount: Money | number;
  reason: string;
}
