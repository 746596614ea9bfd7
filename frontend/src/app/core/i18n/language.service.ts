import { Injectable, effect, inject, signal, untracked } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGES, Language } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';

export const LANGUAGE_STORAGE_KEY = 'sb.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Language kept before login (browser storage), then the signed-in user's saved choice. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/**
 * The interface language. The signed-in user's `language` wins whenever the user changes (login,
 * startup); a switch made while signed in is saved to the profile.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);
  private readonly api = inject(AuthApiService);
  private readonly current = signal<Language>(initialLanguage());

  readonly language = this.current.asReadonly();
  readonly languages = LANGUAGES;

  constructor() {
    this.apply(this.current());
    effect(() => {
      const userLanguage = this.session.user()?.language;
      if (userLanguage) {
        untracked(() => this.apply(userLanguage));
      }
    });
  }

  async use(language: Language): Promise<void> {
    this.apply(language);
    if (this.session.user() !== null && this.session.user()?.language !== language) {
      try {
        this.session.setUser(await firstValueFrom(this.api.updateMe({ language })));
      } catch {
        // The switch still applies here and in browser storage; the profile keeps the old value.
      }
    }
  }

  private apply(language: Language): void {
    this.current.set(language);
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    this.transloco.setActiveLang(language);
    document.documentElement.lang = language;
  }
}
