import { registerLocaleData } from '@angular/common';
import localeRu from '@angular/common/locales/ru';
import localeUk from '@angular/common/locales/uk';
import { EnvironmentProviders, isDevMode } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@switchboard/contracts';

import { initialLanguage } from './language.service';
import { TranslocoHttpLoader } from './transloco-http.loader';

/** Date and number formats for every interface language (English ships with Angular). */
export function registerLocales(): void {
  registerLocaleData(localeRu, 'ru');
  registerLocaleData(localeUk, 'uk');
}

export function provideI18n(): EnvironmentProviders[] {
  registerLocales();
  return provideTransloco({
    config: {
      availableLangs: [...LANGUAGES],
      defaultLang: initialLanguage(),
      fallbackLang: DEFAULT_LANGUAGE,
      missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      reRenderOnLangChange: true,
      prodMode: !isDevMode(),
    },
    loader: TranslocoHttpLoader,
  });
}
