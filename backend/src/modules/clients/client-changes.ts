import { Client as ClientView } from '@switchboard/contracts';

/** Fields that say nothing about the client itself. */
const BOOKKEEPING = new Set([
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
  'lastContactAt',
]);

/** Ids of rewritten list items change on every save; compare what a person sees. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => (key === 'id' ? undefined : inner));
}

/** Names of the fields whose values differ between two versions of a card, for the history. */
export function changedFields(before: ClientView, after: ClientView): string[] {
  return (Object.keys(after) as (keyof ClientView)[]).filter(
    (field) => !BOOKKEEPING.has(field) && comparable(before[field]) !== comparable(after[field]),
  );
}
