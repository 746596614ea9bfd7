import { CallWindow, RetryableResult } from '../surveys/campaign';

/**
 * What a reminder call is about: an instalment of a payment schedule before it falls due, one that is overdue,
 * or a task of kind `appointment` or `delivery` before its due time.
 */
export const REMINDER_KINDS = ['instalmentDue', 'instalmentOverdue', 'task'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The key the client pressed: 1 confirm, 2 an operator (bridged to the queue), 3 move it; `none`: no valid key. */
export const REMINDER_OUTCOMES = ['confirmed', 'operator', 'reschedule', 'none'] as const;
export type ReminderOutcome = (typeof REMINDER_OUTCOMES)[number];

export type ReminderAttemptState =
  'scheduled' | 'dialing' | 'completed' | 'noAnswer' | 'busy' | 'failed' | 'skipped';

/** The admins' one set of reminder rules; every kind is off until they turn it on. */
export interface ReminderSettings {
  instalmentDue: { enabled: boolean; daysBefore: number };
  instalmentOverdue: { enabled: boolean; daysAfter: number };
  /** Tasks of kind `appointment` or `delivery` with a client and a due time. */
  tasks: { enabled: boolean; hoursBefore: number };
  window: CallWindow;
  maxAttempts: number;
  retryMinutes: Record<RetryableResult, number>;
  /** Call only clients whose card records their consent to automated calls. */
  consentRequired: boolean;
  /** The queue a client who presses 2 waits in. */
  operatorQueue: string;
  /** Reminder calls in progress at once at most: the trunk's lines the reminders may take. */
  maxConcurrentCalls: number;
}

export type UpdateReminderSettingsRequest = ReminderSettings;

/**
 * What a reminder was about, as the client heard it: on the screen-pop when they asked for an operator and in the
 * timeline entry of the call.
 */
export interface ReminderFacts {
  kind: ReminderKind;
  /** The instalment's due date (YYYY-MM-DD) or the task's due time (ISO). */
  due: string;
  /** Instalments: the amount still owed on it, a decimal string, and its currency. */
  amount?: string;
  currency?: string;
  orderNumber?: string;
  /** Tasks: the task's title. */
  title?: string;
}

/** `data` of a client timeline entry of kind `reminder`. */
export interface ReminderHistoryData extends ReminderFacts {
  attemptId: string;
  outcome: ReminderOutcome;
}
