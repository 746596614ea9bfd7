import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { Language } from '@switchboard/contracts';

import { toIsoDate } from './iso-date';
import { LanguageService } from './language.service';
import { LocaleDateAdapter } from './locale-date-adapter';

describe('LocaleDateAdapter', () => {
  const language = signal<Language>('uk');
  let adapter: DateAdapter<Date>;

  beforeEach(() => {
    language.set('uk');
    TestBed.configureTestingModule({
      providers: [
        { provide: LanguageService, useValue: { language } },
        { provide: DateAdapter, useClass: LocaleDateAdapter },
      ],
    });
    adapter = TestBed.inject(DateAdapter);
  });

  const iso = (text: string) => toIsoDate(adapter.parse(text, null));

  it('reads day, month, year in Ukrainian and Russian', () => {
    expect(iso('02.12.2026')).toBe('2026-12-02');
    expect(iso('2.12.26')).toBe('2026-12-02');
    language.set('ru');
    TestBed.tick();
    expect(iso('02.12.2026')).toBe('2026-12-02');
    expect(iso('02/12/2026')).toBe('2026-12-02');
  });

  it('reads month, day, year in English', () => {
    language.set('en');
    TestBed.tick();
    expect(iso('12/2/2026')).toBe('2026-12-02');
    expect(iso('2/12/2026')).toBe('2026-02-12');
  });

  it('reads an ISO day in any language', () => {
    expect(iso('2026-12-02')).toBe('2026-12-02');
  });

  it('rejects garbage and days that do not exist, and leaves an empty box empty', () => {
    for (const text of ['abc', '31.02.2026', '12.13.2026', '1.2', '02.12.2026 x', '2026-02-30']) {
      const parsed = adapter.parse(text, null);
      expect(parsed !== null && adapter.isValid(parsed)).toBe(false);
    }
    expect(adapter.parse('  ', null)).toBeNull();
  });

  it('writes the day in the box the way the language does and follows a switch', () => {
    const day = new Date(2026, 11, 2);
    const format = { year: 'numeric', month: 'numeric', day: 'numeric' } as const;
    expect(adapter.format(day, format)).toBe('02.12.2026');
    language.set('en');
    TestBed.tick();
    expect(adapter.format(day, format)).toBe('12/2/2026');
    expect(adapter.getFirstDayOfWeek()).toBe(0);
  });

  it('reads API days as the local day and gives the same day back, whatever the time zone', () => {
    vi.stubEnv('TZ', 'Pacific/Honolulu');
    // UTC midnight is the evening before here: the shift this adapter avoids.
    expect(new Date('2026-12-02').getDate()).toBe(1);
    const day = adapter.deserialize('2026-12-02');
    expect(day?.getDate()).toBe(2);
    expect(day?.getHours()).toBe(0);
    expect(toIsoDate(day)).toBe('2026-12-02');
    expect(toIsoDate(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
    expect(toIsoDate(adapter.parse('02.12.2026', null))).toBe('2026-12-02');
    expect(toIsoDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
    vi.unstubAllEnvs();
  });
});
