import { HistoryEntry } from '@switchboard/contracts';
import { userRef } from '../client.mapper';
import { HistoryEntryRecord } from './history-entry.entity';

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
