import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../core/i18n/language.service';

/** Language switch used on the login page and in the toolbar. */
@Component({
  selector: 'sb-language-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  template: `
    <button
      mat-button
      type="button"
      data-testid="language-menu"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'language.choose' | transloco"
    >
      <mat-icon>translate</mat-icon>
      {{ 'language.short.' + languages.language() | transloco }}
    </button>
    <mat-menu #menu="matMenu">
      @for (language of languages.languages; track language) {
        <button
          mat-menu-item
          type="button"
          [attr.data-testid]="'language-' + language"
          [attr.aria-current]="language === languages.language()"
          (click)="languages.use(language)"
        >
          <mat-icon>{{ language === languages.language() ? 'check' : '' }}</mat-icon>
          <span [attr.lang]="language">{{ 'language.name.' + language | transloco }}</span>
        </button>
      }
    </mat-menu>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageMenu {
  protected readonly languages = inject(LanguageService);
}
