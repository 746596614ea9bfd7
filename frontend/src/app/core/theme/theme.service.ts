import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject, signal } from '@angular/core';

/** What the agent chose; `system` follows the operating system's light or dark setting. */
export type ThemeMode = 'light' | 'dark' | 'system';

export const THEME_MODES: readonly ThemeMode[] = ['light', 'dark', 'system'];
export const THEME_KEY = 'sb.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function isMode(value: unknown): value is ThemeMode {
  return typeof value === 'string' && (THEME_MODES as readonly string[]).includes(value);
}

function stored(): ThemeMode {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return isMode(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Light or dark. The Material theme in styles.scss is built with `theme-type: color-scheme`, so every
 * colour is a CSS `light-dark()` pair and the choice is just the root element's `color-scheme`.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly root = inject(DOCUMENT).documentElement;
  private readonly chosen = signal<ThemeMode>(stored());
  private readonly systemDark = signal(false);

  readonly mode = this.chosen.asReadonly();
  /** The scheme actually on screen. */
  readonly scheme = computed(() => {
    const mode = this.chosen();
    if (mode !== 'system') return mode;
    return this.systemDark() ? 'dark' : 'light';
  });

  constructor() {
    const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
    if (media) {
      this.systemDark.set(media.matches);
      media.addEventListener('change', (event) => this.systemDark.set(event.matches));
    }
    effect(() => {
      const mode = this.chosen();
      this.root.style.colorScheme = mode === 'system' ? 'light dark' : mode;
      this.root.dataset['theme'] = this.scheme();
    });
  }

  use(mode: ThemeMode): void {
    this.chosen.set(mode);
    try {
      localStorage.setItem(THEME_KEY, mode);
    } catch {
      // Without storage the choice lasts until the tab closes.
    }
  }
}
