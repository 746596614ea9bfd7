import { EnvironmentProviders, Provider, WritableSignal, signal } from '@angular/core';
import { Language } from '@switchboard/contracts';

import { LanguageService } from '../core/i18n/language.service';
import { provideLocaleDates } from '../core/i18n/locale-date-adapter';

/** The app's datepicker setup with a language that a spec sets, instead of the signed-in user's. */
export function provideTestDates(
  language: WritableSignal<Language> = signal('en'),
): (Provider | EnvironmentProviders)[] {
  return [{ provide: LanguageService, useValue: { language } }, provideLocaleDates()];
}
