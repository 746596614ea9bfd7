import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Language } from '@switchboard/contracts';

import { LanguageService } from './language.service';
import { MoneyPipe } from './money.pipe';
import { registerLocales } from './provide-i18n';

describe('MoneyPipe', () => {
  const language = signal<Language>('uk');
  let pipe: MoneyPipe;

  beforeEach(() => {
    registerLocales();
    TestBed.configureTestingModule({
      providers: [MoneyPipe, { provide: LanguageService, useValue: { language } }],
    });
    pipe = TestBed.inject(MoneyPipe);
  });

  it('writes the amount with its currency the way the chosen language does', () => {
    language.set('uk');
    expect(pipe.transform('11750.5', 'UAH')).toBe('11\u00a0750,50\u00a0₴');
    language.set('ru');
    expect(pipe.transform('0', 'UAH')).toBe('0,00\u00a0₴');
    language.set('en');
    expect(pipe.transform('11750.50', 'USD')).toBe('$11,750.50');
    expect(pipe.transform(null, 'UAH')).toBeNull();
  });
});
