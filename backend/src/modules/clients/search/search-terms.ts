import { toE164 } from '../phone-number';

/** What the quick-search text looks like, which decides the index that answers it. */
export type SearchTerms =
  | { by: 'email'; email: string }
  | { by: 'digits'; e164: string | null; suffix: string; taxId: string | null }
  | { by: 'name'; words: string[]; text: string };

const TAX_ID = /^(\d{8}|\d{10}|\d{12})$/;
const PHONE_LIKE = /^\+?[\d\s()./-]+$/;
/** Fewer trailing digits than this would match too many numbers to be a useful search. */
export const MIN_SUFFIX_DIGITS = 4;

export function readSearchTerms(q: string, region: string): SearchTerms | null {
  const text = q.trim();
  if (!text) return null;
  if (text.includes('@')) return { by: 'email', email: text.toLowerCase() };
  const digits = text.replace(/\D/g, '');
  if (PHONE_LIKE.test(text) && digits.length >= MIN_SUFFIX_DIGITS) {
    return {
      by: 'digits',
      e164: toE164(text, region),
      suffix: digits,
      taxId: TAX_ID.test(text) ? text : null,
    };
  }
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  return { by: 'name', words, text };
}
