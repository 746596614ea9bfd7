import { attemptLanguage } from './attempt-language';

describe('attemptLanguage', () => {
  it("takes the language of the number's country, else the fallback", () => {
    expect(attemptLanguage('+380671234567', 'en')).toBe('uk');
    expect(attemptLanguage('+74951234567', 'en')).toBe('ru');
    expect(attemptLanguage('+375291234567', 'en')).toBe('ru');
    expect(attemptLanguage('+37491123456', 'en')).toBe('en');
  });
});
