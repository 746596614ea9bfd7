import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { SessionStore } from './core/auth/session.store';
import { LanguageService } from './core/i18n/language.service';
import { provideLocaleDates } from './core/i18n/locale-date-adapter';
import { provideI18n } from './core/i18n/provide-i18n';
import { TranslatedPaginatorIntl } from './core/i18n/translated-paginator-intl';
import { RealtimeService } from './core/realtime/realtime.service';
import { ThemeService } from './core/theme/theme.service';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideI18n(),
    provideLocaleDates(),
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    provideAppInitializer(async () => {
      // Icons come from the self-hosted `material-symbols` font, not the Google-hosted Material Icons.
      inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined');
      const language = inject(LanguageService);
      // The saved theme applies from the login page on, not only once the shell loads.
      inject(ThemeService);
      inject(RealtimeService);
      const session = inject(SessionStore);
      const transloco = inject(TranslocoService);
      await session.restore();
      // A select draws its chosen option's text once: drawn before the texts arrive, it stays blank (the
      // client form's status on a reload). So the first page waits for the language it will show.
      const shown = session.user()?.language ?? language.language();
      await firstValueFrom(transloco.load(shown)).catch(() => undefined);
    }),
  ],
};
