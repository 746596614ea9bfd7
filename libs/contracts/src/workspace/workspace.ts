import { Currency } from '../orders/money';

/** Facts about this installation the interface formats with: the home country of phone numbers, the currency. */
export interface WorkspaceFacts {
  /** ISO 3166 code: numbers of this country are shown in national format, all others internationally. */
  phoneRegion: string;
  currency: Currency;
}
