import { EntityManager } from 'typeorm';

/**
 * Emitted (awaited) inside the merge transaction, so modules owning data of a client (orders,
 * documents, calls) move it to the kept client within the same transaction.
 */
export const CLIENTS_MERGED = 'clients.merged';

export interface ClientsMergedEvent {
  sourceId: string;
  targetId: string;
  manager: EntityManager;
}
