import { EnvironmentProviders, Injectable, effect, inject, makeEnvironmentProviders } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_NATIVE_DATE_FORMATS,
  NativeDateAdapter,
} from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';

import { fromIsoDate, localDate } from './iso-date';
import { LanguageService } from './language.service';
import { TranslatedDatepickerIntl } from './translated-datepicker-intl';

type DatePart = 'day' | 'month' | 'year';

/** Two-digit years count as this century unless that lands over 20 years ahead (birth dates). */
function fullYear(typed: string): number {
  const year = Number(typed);
  if (typed.length > 2) return year;
  const century = Math.floor(new Date().getFullYear() / 100) * 100;
  return century + year > new Date().getFullYear() + 20 ? century - 100 + year : century + year;
}

/**
 * The datepicker's dates in the interface language: the calendar, the text shown in the box and the order
 * typed dates are read in (`02.12.2026` in Ukrainian and Russian, `12/2/2026` in English) follow each switch.
 */
@Injectable()
export class LocaleDateAdapter extends NativeDateAdapter {
  private readonly language = inject(LanguageService).language;

  constructor() {
    super();
    this.setLocale(this.language());
    effect(() => this.setLocale(this.language()));
  }

  /** Day, month and year in the order the locale writes them, with any separators; ISO also reads. */
  override parse(value: unknown): Date | null {
    if (typeof value === 'number') return new Date(value);
    if (typeof value !== 'string' || value.trim() === '') return null;
    const text = value.trim();
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (iso) return localDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? this.invalid();
    const parts = /^(\d{1,4})\D{1,2}(\d{1,2})\D{1,2}(\d{2}|\d{4})\.?$/.exec(text)?.slice(1);
    if (!parts) return this.invalid();
    const order = this.partOrder();
    const part = (name: DatePart) => parts[order.indexOf(name)];
    if (part('year').length === 1 || part('day').length > 2 || part('month').length > 2)
      return this.invalid();
    return localDate(fullYear(part('year')), Number(part('month')), Number(part('day'))) ?? this.invalid();
  }

  /** API days (`yyyy-mm-dd`) are the local day, where the native adapter would read UTC midnight. */
  override deserialize(value: unknown): Date | null {
    return (typeof value === 'string' && fromIsoDate(value)) || super.deserialize(value);
  }

  private partOrder(): DatePart[] {
    return new Intl.DateTimeFormat(this.locale)
      .formatToParts(new Date(2026, 11, 2))
      .map((part) => part.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  }
}

/** The Material date adapter and datepicker labels for the interface language. */
export function provideLocaleDates(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: DateAdapter, useClass: LocaleDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
  ]);
}
