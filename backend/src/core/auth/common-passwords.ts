import { dictionary } from '@zxcvbn-ts/language-common';

/** The ~50,000 most common passwords of public breach lists (zxcvbn-ts), for refusing them at once. */
const COMMON = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
