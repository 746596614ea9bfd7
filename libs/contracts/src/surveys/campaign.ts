/** What puts a client into a campaign: an order entering a funnel stage, a payment, or a list given by hand. */
export type CampaignTrigger =
  { kind: 'orderStage'; stageId: string } | { kind: 'payment' } | { kind: 'manual' };

export const CAMPAIGN_STATUSES = ['draft', 'running', 'paused', 'stopped'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** How an attempt that did not reach the client ended; each has its own retry interval. */
export const RETRYABLE_RESULTS = ['noAnswer', 'busy', 'failed'] as const;
export type RetryableResult = (typeof RETRYABLE_RESULTS)[number];

/** When calls may be placed, in the client's local time (`from` < `to`, both `HH:MM`). */
export interface CallWindow {
  from: string;
  to: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** The IANA zone used when neither the client's address nor their number tells one. */
  timeZone: string;
}

export interface CampaignCounts {
  scheduled: number;
  calling: number;
  completed: number;
  /** Attempts used up without reaching the client, or skipped (consent, do-not-call). */
  unreached: number;
}

export interface Campaign {
  id: string;
  name: string;
  surveyId: string;
  surveyName: string;
  trigger: CampaignTrigger;
  /** Minutes from the trigger to the first attempt (then moved into the call window). */
  delayMinutes: number;
  window: CallWindow;
  maxAttempts: number;
  /** Minutes to wait before the next attempt, per result. */
  retryMinutes: Record<RetryableResult, number>;
  maxConcurrentCalls: number;
  /** Call only clients whose card records their consent to calls. */
  consentRequired: boolean;
  /** Numbers never called by this campaign, in E.164. */
  doNotCall: string[];
  status: CampaignStatus;
  counts: CampaignCounts;
  createdAt: string;
  updatedAt: string;
}

export type SaveCampaignRequest = Omit<
  Campaign,
  'id' | 'surveyName' | 'status' | 'counts' | 'createdAt' | 'updatedAt'
>;

/** Puts clients into a manual campaign: those listed, or everyone in a saved segment. */
export interface AddCampaignTargetsRequest {
  clientIds?: string[];
  segmentId?: string;
}

export interface AddCampaignTargetsResponse {
  /** Clients given an attempt now; those already in the campaign are not added twice. */
  added: number;
}

export const SURVEY_ATTEMPT_STATES = [
  'scheduled',
  'dialing',
  'completed',
  'noAnswer',
  'busy',
  'failed',
  'skipped',
] as const;
export type SurveyAttemptState = (typeof SURVEY_ATTEMPT_STATES)[number];
