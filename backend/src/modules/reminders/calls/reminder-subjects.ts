import { DataSource } from 'typeorm';
import {
  OWED_INSTALMENTS_SQL,
  OwedInstalment,
  TASK_STILL_DUE_SQL,
} from '../scheduling/reminder-candidates.sql';
import { ReminderAttemptRecord } from '../reminder-attempt.entity';

/**
 * Whether what the attempt reminds of still stands just before dialing: the instalment still owed (not paid
 * meanwhile), the task still open and due when it was.
 */
export async function stillDue(db: DataSource, attempt: ReminderAttemptRecord): Promise<boolean> {
  if (attempt.kind === 'task') {
    const rows = (await db.query(TASK_STILL_DUE_SQL, [attempt.subject, attempt.facts.due])) as unknown[];
    return rows.length > 0;
  }
  const rows = (await db.query(OWED_INSTALMENTS_SQL, [
    attempt.occasion,
    attempt.occasion,
    null,
  ])) as OwedInstalment[];
  return rows.some((row) => row.id === attempt.subject);
}
