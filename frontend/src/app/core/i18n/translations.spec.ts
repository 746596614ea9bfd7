import { LANGUAGES, Language } from '@switchboard/contracts';

import en from '../../../../public/i18n/en.json';
import ru from '../../../../public/i18n/ru.json';
import uk from '../../../../public/i18n/uk.json';

/** Every file in public/i18n; typing it by `Language` makes a language without a file a compile error here. */
const FILES: Record<Language, unknown> = { en, ru, uk };

/** Each leaf of a translation tree by its dotted key, like `clients.form.addPhone`. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

/** The interpolation names a text uses, `{{ name }}` -> `name`, sorted. */
function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
}

const byLanguage = LANGUAGES.map((language) => ({ language, texts: new Map(leaves(FILES[language])) }));
/** English is written first; every other file follows its keys. */
const english = new Map(leaves(en));
const translations = byLanguage.filter(({ language }) => language !== 'en');

describe('translations', () => {
  it('has a file for every language the app offers', () => {
    expect(Object.keys(FILES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(translations)('$language has every English key, and no other', ({ texts }) => {
    const missing = [...english.keys()].filter((key) => !texts.has(key));
    const extra = [...texts.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(byLanguage)('$language translates every key to a non-empty text', ({ texts }) => {
    const blank = [...texts].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(blank.map(([key]) => key)).toEqual([]);
  });

  it.each(translations)('$language fills in the same values as English', ({ texts }) => {
    const differing = [...texts]
      .filter(
        ([key, text]) =>
          english.has(key) && placeholders(text).join() !== placeholders(english.get(key)).join(),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});
