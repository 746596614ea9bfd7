/**
 * Ukrainian (passport rules of 2010) and Russian (ICAO, passports since 2013) letters in Latin. Only
 * the forms inside a word are listed: the word-initial ones (Є ye, Ї yi, Й y, Ю yu, Я ya) differ by a
 * y that the key folds into i anyway, so the key of a fragment is the same wherever it was cut.
 */
const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * Latin spellings of one name that differ between the two standards and common habit, folded to one:
 * Г is h in Ukrainian and g in Russian, И is y or i, Юрій is Yurii, Iurii or Jurij, Ганна Hanna or Ganna.
 * The h of zh, kh, ch, sh folds too (Шевченко is "sgevcgenko"): no rule looks at a letter's neighbour.
 */
const LATIN_FOLDS: [RegExp, string][] = [
  [/[yj]/g, 'i'],
  [/h/g, 'g'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/(\p{L})\1+/gu, '$1'],
];

const APOSTROPHES = /['’ʼ`]/g;
const MARKS = /\p{M}/gu;

/**
 * The script-free key a name is searched by: Cyrillic written in Latin, lower case, without accents
 * or apostrophes, with the spellings above folded, so Шевченко and Shevchenko meet. A fragment's key
 * is a fragment of the name's key (every rule looks at one letter or one run), so search stays a LIKE.
 */
export function nameKey(text: string): string {
  const latin = [...text.normalize('NFC').toLowerCase().replace(APOSTROPHES, '')]
    .map((letter) => CYRILLIC_LATIN[letter] ?? letter)
    .join('')
    .normalize('NFD')
    .replace(MARKS, '');
  return LATIN_FOLDS.reduce((key, [pattern, fold]) => key.replace(pattern, fold), latin);
}
