import { LANGUAGES, Language } from '@switchboard/contracts';

/** Every language, `first` leading: pickers offer the user's own language before the others. */
export function languagesFirst(first: Language): Language[] {
  return [first, ...LANGUAGES.filter((language) => language !== first)];
}
