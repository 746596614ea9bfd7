import { languagesFirst } from './languages-first';

describe('languagesFirst', () => {
  it("puts the user's language first and keeps the others in their order", () => {
    expect(languagesFirst('uk')).toEqual(['uk', 'en', 'ru']);
    expect(languagesFirst('ru')).toEqual(['ru', 'en', 'uk']);
    expect(languagesFirst('en')).toEqual(['en', 'ru', 'uk']);
  });
});
