import { formatCurrency, getCurrencySymbol } from '@angular/common';
import { Pipe, PipeTransform, inject } from '@angular/core';
import { Currency, Money } from '@switchboard/contracts';

import { LanguageService } from './language.service';

/**
 * An amount with its currency, written the way the interface language writes money (`11 750,50 ₴` in uk,
 * `UAH 11,750.50` in en). Impure for the same reason as `localDate`: it follows a language switch in place.
 */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly language = inject(LanguageService).language;

  transform(amount: Money | number | null | undefined, currency: Currency | string): string | null {
    if (amount === null || amount === undefined || amount === '') return null;
    const locale = this.language();
    const symbol = getCurrencySymbol(currency, 'narrow', locale);
    return formatCurrency(Number(amount), locale, symbol, currency, '1.2-2');
  }
}
