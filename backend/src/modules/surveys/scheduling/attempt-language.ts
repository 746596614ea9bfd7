import { Language } from '@switchboard/contracts';

/** The language a client is called in: their number's country's, where we speak it, else `fallback`. */
export function attemptLanguage(e164: string, fallback: Language): Language {
  if (e164.startsWith('+380')) return 'uk';
  if (['+7', '+375'].some((code) => e164.startsWith(code))) return 'ru';
  return fallback;
}
