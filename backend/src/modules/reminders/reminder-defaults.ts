import { ReminderSettings } from '@switchboard/contracts';

/** The rules before an admin changes them (the migration stores the same): every kind off, office hours on weekdays. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  instalmentDue: { enabled: false, daysBefore: 2 },
  instalmentOverdue: { enabled: false, daysAfter: 3 },
  tasks: { enabled: false, hoursBefore: 24 },
  window: { from: '10:00', to: '19:00', days: [1, 2, 3, 4, 5], timeZone: 'Europe/Kyiv' },
  maxAttempts: 3,
  retryMinutes: { noAnswer: 60, busy: 15, failed: 30 },
  consentRequired: true,
  operatorQueue: 'support',
  maxConcurrentCalls: 10,
};
