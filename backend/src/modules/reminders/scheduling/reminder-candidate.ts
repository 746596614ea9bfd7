import { ReminderFacts, ReminderKind } from '@switchboard/contracts';
import { DueTask, OwedInstalment } from './reminder-candidates.sql';

/** Something a client is to be reminded of, once per (kind, subject, occasion). */
export interface ReminderCandidate {
  kind: ReminderKind;
  subject: string;
  occasion: string;
  clientId: string;
  facts: ReminderFacts;
}

const decimal = (minor: number) => `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;

export function instalmentCandidate(
  kind: 'instalmentDue' | 'instalmentOverdue',
  row: OwedInstalment,
): ReminderCandidate {
  return {
    kind,
    subject: row.id,
    occasion: row.dueDate,
    clientId: row.clientId,
    facts: {
      kind,
      due: row.dueDate,
      amount: decimal(Number(row.owedMinor)),
      currency: row.currency,
      orderNumber: row.orderNumber,
    },
  };
}

export function taskCandidate(row: DueTask): ReminderCandidate {
  const due = row.dueAt.toISOString();
  return {
    kind: 'task',
    subject: row.id,
    occasion: due,
    clientId: row.clientId,
    facts: { kind: 'task', due, title: row.title },
  };
}
