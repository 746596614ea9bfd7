import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The E.164 form of a number written in any common way (`067 123 45 67`, `+380 67 123-45-67`,
 * `380671234567`), reading numbers without a country code in `region`; null when it is no valid number.
 */
export function toE164(input: string, region: string): string | null {
  const parsed = parsePhoneNumberFromString(input, region as CountryCode);
  if (parsed?.isValid()) return parsed.number;
  // A number typed with its country code but without the "+" (380671234567).
  const international = parsePhoneNumberFromString(`+${input.replace(/\D/g, '')}`);
  return international?.isValid() ? international.number : null;
}
