import { DEFAULT_DISPOSITION_CODES, DEFAULT_PAUSE_REASONS } from '@switchboard/contracts';

const PAUSE_REASON_KEYS: Record<(typeof DEFAULT_PAUSE_REASONS)[number], string> = {
  lunch: 'lunch',
  training: 'training',
  'back office': 'backOffice',
};

/** The translation key of a pause reason the installation started with, or null for one an admin typed. */
export function pauseReasonKey(reason: string): string | null {
  const key = PAUSE_REASON_KEYS[reason as keyof typeof PAUSE_REASON_KEYS];
  return key ? `consoleDefaults.pauseReasons.${key}` : null;
}

/**
 * The translation key of a default disposition's label, or null once an admin has relabelled it (their
 * words are shown as typed).
 */
export function dispositionLabelKey(code: string, label: string): string | null {
  const original = DEFAULT_DISPOSITION_CODES.find((entry) => entry.code === code);
  return original && original.label === label ? `consoleDefaults.dispositions.${code}` : null;
}
