import { TestBed } from '@angular/core/testing';

import { THEME_KEY, ThemeService } from './theme.service';

describe('ThemeService', () => {
  let systemDark: boolean;
  let listeners: ((event: { matches: boolean }) => void)[];

  const create = () => {
    TestBed.resetTestingModule();
    const theme = TestBed.inject(ThemeService);
    TestBed.tick();
    return theme;
  };
  const root = () => document.documentElement;

  beforeEach(() => {
    localStorage.clear();
    systemDark = false;
    listeners = [];
    vi.stubGlobal('matchMedia', () => ({
      matches: systemDark,
      addEventListener: (_: string, listener: (event: { matches: boolean }) => void) =>
        listeners.push(listener),
    }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('follows the system until the agent chooses, light or dark as the system says', () => {
    systemDark = true;
    const theme = create();
    expect(theme.mode()).toBe('system');
    expect(theme.scheme()).toBe('dark');
    expect(root().style.colorScheme).toBe('light dark');
    listeners.forEach((listener) => listener({ matches: false }));
    TestBed.tick();
    expect(theme.scheme()).toBe('light');
    expect(root().dataset['theme']).toBe('light');
  });

  it('applies a choice to the page and remembers it for the next visit', () => {
    const theme = create();
    theme.use('dark');
    TestBed.tick();
    expect(root().style.colorScheme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(create().mode()).toBe('dark');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem(THEME_KEY, 'sepia');
    expect(create().mode()).toBe('system');
  });
});
