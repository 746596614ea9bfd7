import { Currency, Language } from '@switchboard/contracts';

/** What the menu may tell a known caller, gathered once when the call comes in. */
export interface CallerFacts {
  clientId: string;
  category: string | null;
  language: Language;
  currency: Currency;
  /** The newest open order's stage, named in the caller's language; null without open orders. */
  latestOrderStage: string | null;
  debtMinor: number;
  overdueMinor: number;
  /** YYYY-MM-DD of the next scheduled payment not yet covered. */
  nextDue: string | null;
  bonusMinor: number;
}
