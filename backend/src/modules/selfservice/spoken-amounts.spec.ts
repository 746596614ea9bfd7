import { spokenAmount, spokenDate } from './spoken-amounts';

describe('spokenAmount', () => {
  it('names the currency in the form the number takes in each language', () => {
    expect(spokenAmount(125050, 'UAH', 'uk')).toBe('1250 гривень 50 копійок');
    expect(spokenAmount(2100, 'UAH', 'uk')).toBe('21 гривня');
    expect(spokenAmount(302, 'UAH', 'uk')).toBe('3 гривні 2 копійки');
    expect(spokenAmount(125050, 'UAH', 'ru')).toBe('1250 гривен 50 копеек');
    expect(spokenAmount(2200, 'RUB', 'ru')).toBe('22 рубля');
    expect(spokenAmount(100, 'UAH', 'en')).toBe('1 hryvnia');
    expect(spokenAmount(1101, 'USD', 'en')).toBe('11 dollars 1 cent');
    expect(spokenAmount(500, 'EUR', 'uk')).toBe('5 євро');
  });

  it('says zero and negative amounts', () => {
    expect(spokenAmount(0, 'UAH', 'en')).toBe('0 hryvnias');
    expect(spokenAmount(-150, 'UAH', 'ru')).toBe('минус 1 гривна 50 копеек');
  });
});

describe('spokenDate', () => {
  it('says the day and the month in the language', () => {
    expect(spokenDate('2026-03-15', 'uk')).toBe('15 березня');
    expect(spokenDate('2026-03-15', 'ru')).toBe('15 марта');
    expect(spokenDate('2026-03-15', 'en')).toBe('15 March');
  });
});
