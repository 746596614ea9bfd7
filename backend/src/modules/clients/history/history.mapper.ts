import { HistoryEntry, UserRef } from '@switchboard/contracts';
import { HistoryEntryRecord } from './history-entry.entity';

const userRef = (user: UserRef | null): UserRef | null =>
  user ? { id: user.id, displayName: user.displayName } : null;

export function toHistoryEntry(record: HistoryEntryRecord, clientId: string): HistoryEntry {
  return {
    id: record.id,
    clientId,
    kind: record.kind,
    occurredAt: record.occurredAt.toISOString(),
    author: userRef(record.author),
    text: record.text,
    data: record.data,
  };
}
