import { CustomFieldValues, LANGUAGES, Language } from '@switchboard/contracts';

/** The custom field an admin may add to clients to say which language they are spoken to in. */
export const LANGUAGE_FIELD = 'language';

/** Calling codes whose callers hear the menu in that language when the client has none of their own. */
const BY_CALLING_CODE: Array<[prefix: string, language: Language]> = [
  ['+380', 'uk'],
  ['+7', 'ru'],
];

/**
 * The language a known caller hears: the client's own (the `language` custom field: en, ru or uk), else the
 * one of their number's country (+380 Ukrainian, +7 Russian), else the installation's default.
 */
export function callerLanguage(e164: string, customFields: CustomFieldValues, fallback: Language): Language {
  const own = customFields[LANGUAGE_FIELD];
  const stated = typeof own === 'string' ? own.trim().toLowerCase() : '';
  if ((LANGUAGES as readonly string[]).includes(stated)) return stated as Language;
  return BY_CALLING_CODE.find(([prefix]) => e164.startsWith(prefix))?.[1] ?? fallback;
}
