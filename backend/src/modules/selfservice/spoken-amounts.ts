import { Currency, Language } from '@switchboard/contracts';

/** Word forms by plural category: one, few (2–4 in ru/uk), many (the rest). English uses one and many. */
type Forms = [one: string, few: string, many: string];
type CurrencyWords = Record<Language, { major: Forms; minor: Forms }>;

const KOPECKS_UK: Forms = ['копійка', 'копійки', 'копійок'];
const KOPECKS_RU: Forms = ['копейка', 'копейки', 'копеек'];
const CENTS: Record<Language, Forms> = {
  en: ['cent', 'cents', 'cents'],
  uk: ['цент', 'центи', 'центів'],
  ru: ['цент', 'цента', 'центов'],
};

const WORDS: Record<Currency, CurrencyWords> = {
  UAH: {
    en: { major: ['hryvnia', 'hryvnias', 'hryvnias'], minor: ['kopiyka', 'kopiykas', 'kopiykas'] },
    uk: { major: ['гривня', 'гривні', 'гривень'], minor: KOPECKS_UK },
    ru: { major: ['гривна', 'гривны', 'гривен'], minor: KOPECKS_RU },
  },
  RUB: {
    en: { major: ['ruble', 'rubles', 'rubles'], minor: ['kopeck', 'kopecks', 'kopecks'] },
    uk: { major: ['рубль', 'рублі', 'рублів'], minor: KOPECKS_UK },
    ru: { major: ['рубль', 'рубля', 'рублей'], minor: KOPECKS_RU },
  },
  AMD: {
    en: { major: ['dram', 'drams', 'drams'], minor: ['luma', 'lumas', 'lumas'] },
    uk: { major: ['драм', 'драми', 'драмів'], minor: ['лума', 'луми', 'лум'] },
    ru: { major: ['драм', 'драма', 'драмов'], minor: ['лума', 'лумы', 'лум'] },
  },
  USD: {
    en: { major: ['dollar', 'dollars', 'dollars'], minor: CENTS.en },
    uk: { major: ['долар', 'долари', 'доларів'], minor: CENTS.uk },
    ru: { major: ['доллар', 'доллара', 'долларов'], minor: CENTS.ru },
  },
  EUR: {
    en: { major: ['euro', 'euros', 'euros'], minor: CENTS.en },
    uk: { major: ['євро', 'євро', 'євро'], minor: CENTS.uk },
    ru: { major: ['евро', 'евро', 'евро'], minor: CENTS.ru },
  },
};

const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', uk: 'uk-UA' };
const MINUS: Record<Language, string> = { en: 'minus', ru: 'минус', uk: 'мінус' };

function form(count: number, language: Language, forms: Forms): string {
  const category = new Intl.PluralRules(LOCALES[language]).select(count);
  return forms[category === 'one' ? 0 : category === 'few' ? 1 : 2];
}

/**
 * An amount (minor units) as a sentence part the synthesizer reads as numbers in that language:
 * `1250 гривень 50 копійок`, `1 hryvnia`. Kopecks are left out when there are none.
 */
export function spokenAmount(minor: number, currency: Currency, language: Language): string {
  const words = WORDS[currency][language];
  const absolute = Math.abs(minor);
  const major = Math.floor(absolute / 100);
  const cents = absolute % 100;
  const sign = minor < 0 ? `${MINUS[language]} ` : '';
  const whole = `${sign}${major} ${form(major, language, words.major)}`;
  return cents === 0 ? whole : `${whole} ${cents} ${form(cents, language, words.minor)}`;
}

/** A date (YYYY-MM-DD) as people say it: `15 березня`, `15 марта`, `15 March`. */
export function spokenDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
