import { Client as ClientView, CreateClientRequest } from '@switchboard/contracts';
import { asRequest } from '../client-state';

const uniqueBy = <T>(items: T[], key: (item: T) => string) => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
};

/**
 * The card kept after a merge: the kept client's values win; fields it left empty take the merged
 * client's; phones, emails, contacts, tags and dates are joined without repeats.
 */
export function mergeCards(kept: ClientView, merged: ClientView): CreateClientRequest {
  const target = asRequest(kept);
  const source = asRequest(merged);
  const filled = Object.fromEntries(
    Object.entries(source).filter(([field, value]) => {
      const current = target[field as keyof CreateClientRequest];
      return (
        value !== null && value !== undefined && (current === null || current === undefined || current === '')
      );
    }),
  );
  return {
    ...target,
    ...filled,
    kind: kept.kind,
    phones: uniqueBy([...kept.phones, ...merged.phones], (phone) => phone.e164).map(({ number, label }) => ({
      number,
      label,
    })),
    emails: uniqueBy([...(target.emails ?? []), ...(source.emails ?? [])], (email) => email.email),
    contacts: [...(target.contacts ?? []), ...(source.contacts ?? [])],
    tags: [...new Set([...kept.tags, ...merged.tags])],
    familyMembers: [...kept.familyMembers, ...merged.familyMembers],
    importantDates: uniqueBy(
      [...kept.importantDates, ...merged.importantDates],
      (date) => date.label + date.date,
    ),
    registrationNumbers: uniqueBy(
      [...kept.registrationNumbers, ...merged.registrationNumbers],
      (number) => number.label + number.value,
    ),
    customFields: { ...merged.customFields, ...kept.customFields },
    doNotCall: kept.doNotCall || merged.doNotCall,
    noMarketing: kept.noMarketing || merged.noMarketing,
    callConsent: kept.callConsent && merged.callConsent,
  };
}
