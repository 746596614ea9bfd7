/** Every BullMQ queue and the payload of its jobs; one processor per queue lives in its module's `jobs/`. */
export const QUEUES = {
  clientImport: 'client-import',
  bonusExpiry: 'bonus-expiry',
  surveyCall: 'survey-call',
  surveySweep: 'survey-sweep',
  reminderScan: 'reminder-scan',
  reminderCall: 'reminder-call',
} as const;

export interface ClientImportJob {
  importId: string;
}

/** The repeatable expiry sweep carries nothing: it expires whatever is due when it runs. */
export type BonusExpiryJob = Record<string, never>;

/** One attempt of a campaign to call a client; its job id is `survey-<campaign>-<subject>-<attempt>`. */
export interface SurveyCallJob {
  attemptId: string;
}

/** The repeatable sweep of survey attempts whose call lost its end or whose job was lost; it carries nothing. */
export type SurveySweepJob = Record<string, never>;

/** The repeatable reminder scan carries nothing: it looks for whatever is due when it runs. */
export type ReminderScanJob = Record<string, never>;

/** One attempt of a reminder call; its job id is `reminder-<attempt id>`, the attempt's row being unique. */
export interface ReminderCallJob {
  attemptId: string;
}
