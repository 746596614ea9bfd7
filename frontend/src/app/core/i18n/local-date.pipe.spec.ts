import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Language } from '@switchboard/contracts';

import { LanguageService } from './language.service';
import { LocalDatePipe } from './local-date.pipe';
import { registerLocales } from './provide-i18n';

describe('LocalDatePipe', () => {
  const language = signal<Language>('uk');
  let pipe: LocalDatePipe;

  beforeEach(() => {
    registerLocales();
    TestBed.configureTestingModule({
      providers: [LocalDatePipe, { provide: LanguageService, useValue: { language } }],
    });
    pipe = TestBed.inject(LocalDatePipe);
  });

  it('writes dates the way the chosen language does and follows a switch', () => {
    const at = new Date(2026, 11, 2, 12, 28);
    language.set('uk');
    expect(pipe.transform(at, 'shortDate')).toBe('02.12.26');
    expect(pipe.transform(at, 'dd.MM.yyyy')).toBe('02.12.2026');
    expect(pipe.transform(at, 'short')).toBe('02.12.26, 12:28');
    language.set('ru');
    expect(pipe.transform(at, 'short')).toBe('02.12.2026, 12:28');
    language.set('en');
    expect(pipe.transform(at, 'short')).toBe('12/2/26, 12:28\u202fPM');
    expect(pipe.transform(null)).toBeNull();
  });
});
