import { Language, Unit, isUnit } from '@switchboard/contracts';

/** How a printed document writes the named units; the app's screens have theirs in the i18n files. */
const UNIT_NAMES: Record<Language, Record<Unit, string>> = {
  en: {
    pcs: 'pcs',
    kg: 'kg',
    g: 'g',
    l: 'l',
    m: 'm',
    m2: 'm²',
    h: 'h',
    set: 'set',
    pack: 'pack',
    service: 'service',
  },
  ru: {
    pcs: 'шт.',
    kg: 'кг',
    g: 'г',
    l: 'л',
    m: 'м',
    m2: 'м²',
    h: 'ч',
    set: 'компл.',
    pack: 'уп.',
    service: 'услуга',
  },
  uk: {
    pcs: 'шт.',
    kg: 'кг',
    g: 'г',
    l: 'л',
    m: 'м',
    m2: 'м²',
    h: 'год',
    set: 'компл.',
    pack: 'уп.',
    service: 'послуга',
  },
};

/** A unit in the document's language; a unit an admin typed prints as typed. */
export function printedUnit(unit: string, language: Language): string {
  return isUnit(unit) ? UNIT_NAMES[language][unit] : unit;
}
