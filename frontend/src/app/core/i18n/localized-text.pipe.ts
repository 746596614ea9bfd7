import { Pipe, PipeTransform, inject } from '@angular/core';
import { Language, LocalizedText } from '@switchboard/contracts';

import { LanguageService } from './language.service';

/** An admin-defined text in `language`, or its base text when no translation was entered for it. */
export function localizedText(
  base: string,
  translations: LocalizedText | null | undefined,
  language: Language,
): string;
export function localizedText(
  base: string | null,
  translations: LocalizedText | null | undefined,
  language: Language,
): string | null;
export function localizedText(
  base: string | null,
  translations: LocalizedText | null | undefined,
  language: Language,
): string | null {
  return translations?.[language]?.trim() || base;
}

/**
 * Admin-defined names (stages and the like) in the interface language:
 * `{{ stage.name | localized: stage.nameTranslations }}`. Impure so it follows a language switch in place.
 */
@Pipe({ name: 'localized', pure: false })
export class LocalizedTextPipe implements PipeTransform {
  private readonly language = inject(LanguageService).language;

  transform(base: string, translations: LocalizedText | null | undefined): string;
  transform(base: string | null, translations: LocalizedText | null | undefined): string | null;
  transform(base: string | null, translations: LocalizedText | null | undefined): string | null {
    return localizedText(base, translations, this.language());
  }
}
