import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Language } from '@switchboard/contracts';

import { LanguageService } from './language.service';
import { LocalizedTextPipe } from './localized-text.pipe';

describe('LocalizedTextPipe', () => {
  const language = signal<Language>('uk');
  let pipe: LocalizedTextPipe;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [LocalizedTextPipe, { provide: LanguageService, useValue: { language } }],
    });
    pipe = TestBed.inject(LocalizedTextPipe);
  });

  it('shows the translation for the interface language and follows a switch', () => {
    const names = { ru: 'Оплачен', uk: 'Оплачено' };
    language.set('uk');
    expect(pipe.transform('Paid', names)).toBe('Оплачено');
    language.set('ru');
    expect(pipe.transform('Paid', names)).toBe('Оплачен');
  });

  it('falls back to the base text when the language has no translation or a blank one', () => {
    language.set('en');
    expect(pipe.transform('Paid', { ru: 'Оплачен' })).toBe('Paid');
    language.set('uk');
    expect(pipe.transform('Paid', { uk: '  ' })).toBe('Paid');
    expect(pipe.transform('Paid', undefined)).toBe('Paid');
    expect(pipe.transform(null, {})).toBeNull();
  });
});
