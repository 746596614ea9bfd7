import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';

import { THEME_MODES, ThemeMode, ThemeService } from './theme.service';

const ICONS: Record<ThemeMode, string> = {
  light: 'light_mode',
  dark: 'dark_mode',
  system: 'brightness_auto',
};

/** The toolbar's light / dark / follow-the-system switch. */
@Component({
  selector: 'sb-theme-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, MatTooltipModule, TranslocoPipe],
  template: `
    <button
      mat-icon-button
      type="button"
      data-testid="theme-menu"
      [attr.data-theme-mode]="theme.mode()"
      [matMenuTriggerFor]="menu"
      [matTooltip]="'theme.choose' | transloco"
      [attr.aria-label]="'theme.choose' | transloco"
    >
      <mat-icon>{{ icons[theme.mode()] }}</mat-icon>
    </button>
    <mat-menu #menu="matMenu">
      @for (mode of modes; track mode) {
        <button
          mat-menu-item
          type="button"
          [attr.data-testid]="'theme-' + mode"
          [attr.aria-current]="mode === theme.mode()"
          (click)="theme.use(mode)"
        >
          <mat-icon>{{ mode === theme.mode() ? 'check' : icons[mode] }}</mat-icon>
          <span>{{ 'theme.' + mode | transloco }}</span>
        </button>
      }
    </mat-menu>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThemeMenu {
  protected readonly theme = inject(ThemeService);
  protected readonly modes = THEME_MODES;
  protected readonly icons = ICONS;
}
