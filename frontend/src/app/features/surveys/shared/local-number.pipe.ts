import { formatNumber, formatPercent } from '@angular/common';
import { Pipe, PipeTransform, inject } from '@angular/core';

import { LanguageService } from '../../../core/i18n/language.service';

/**
 * A count or an average the way the interface language writes numbers (`1 234,5` in uk); a dash for none.
 * Impure, like `localDate`, so it follows a language switch in place.
 */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService).language;

  transform(value: number | null | undefined, digits = '1.0-0'): string {
    return value === null || value === undefined ? '—' : formatNumber(value, this.language(), digits);
  }
}

/** A 0–1 share as a percentage in the interface language (`87 %` in uk); a dash for none. */
@Pipe({ name: 'localPercent', pure: false })
export class LocalPercentPipe implements PipeTransform {
  private readonly language = inject(LanguageService).language;

  transform(value: number | null | undefined, digits = '1.0-0'): string {
    return value === null || value === undefined ? '—' : formatPercent(value, this.language(), digits);
  }
}
