import { ClientImportStatus, ImportRowError } from '@switchboard/contracts';

export const isFinished = (status: ClientImportStatus | null): boolean =>
  status?.state === 'completed' || status?.state === 'failed';

/**
 * Whether `next` may replace `current`. Socket events and polled answers can arrive out of order (an
 * event may even beat the answer to the start request), so a report never takes the progress back.
 */
export function isNewer(current: ClientImportStatus | null, next: ClientImportStatus): boolean {
  if (current === null || current.importId !== next.importId) return true;
  if (isFinished(current)) return false;
  return isFinished(next) || next.processedRows >= current.processedRows;
}

export function progressPercent(status: ClientImportStatus | null): number {
  if (!status || status.totalRows === 0) return isFinished(status) ? 100 : 0;
  return Math.min(100, Math.round((status.processedRows / status.totalRows) * 100));
}

/** A row can fail on several fields; people count rows. */
export function rejectedRowCount(errors: readonly ImportRowError[]): number {
  return new Set(errors.map((error) => error.row)).size;
}

/** Errors in file order, the fields of one row together. */
export function sortedErrors(errors: readonly ImportRowError[]): ImportRowError[] {
  return [...errors].sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
}
