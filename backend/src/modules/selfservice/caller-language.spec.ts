import { callerLanguage } from './caller-language';

describe('callerLanguage', () => {
  it("takes the client's own language first, written in any case", () => {
    expect(callerLanguage('+380671234567', { language: 'RU' }, 'en')).toBe('ru');
    expect(callerLanguage('+74951234567', { language: ' en ' }, 'uk')).toBe('en');
  });

  it("falls back to the number's country, then the default", () => {
    expect(callerLanguage('+380671234567', {}, 'en')).toBe('uk');
    expect(callerLanguage('+74951234567', { language: 'de' }, 'en')).toBe('ru');
    expect(callerLanguage('+48221234567', { language: 7 }, 'en')).toBe('en');
    expect(callerLanguage('+48221234567', {}, 'uk')).toBe('uk');
  });
});
