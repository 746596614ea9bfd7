/** Every BullMQ queue and the payload of its jobs; one processor per queue lives in its module's `jobs/`. */
export const QUEUES = {
  clientImport: 'client-import',
  bonusExpiry: 'bonus-expiry',
} as const;

export interface ClientImportJob {
  importId: string;
}

/** The repeatable expiry sweep carries nothing: it expires whatever is due when it runs. */
export type BonusExpiryJob = Record<string, never>;
