import { formatDate } from '@angular/common';
import { Pipe, PipeTransform, inject } from '@angular/core';

import { LanguageService } from './language.service';

/**
 * `date` in the interface language. LOCALE_ID is fixed at startup, so this reads the language signal
 * instead: a switch re-renders dates in place, where a reload would drop open forms and the console's call.
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService).language;

  transform(value: string | number | Date | null | undefined, format = 'mediumDate'): string | null {
    return value === null || value === undefined || value === ''
      ? null
      : formatDate(value, format, this.language());
  }
}
