import { EnvironmentProviders, Provider, WritableSignal, signal } from '@angular/core';
import { Language } from '@switchboard/contracts';

import { LanguageService } from '../core/i18n/language.service';
import { provideLocaleDates } from '../core/i18n/locale-date-adapter';
import { registerLocales } from '../core/i18n/provide-i18n';

/** The app's date formats and datepicker setup, with a language that a spec sets, instead of the signed-in user's. */
export function provideTestDates(
  language: WritableSignal<Language> = signal('en'),
): (Provider | EnvironmentProviders)[] {
  registerLocales();
  return [{ provide: LanguageService, useValue: { language } }, provideLocaleDates()];
}
