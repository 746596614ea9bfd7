import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReminderFacts, ReminderHistoryData } from '@switchboard/contracts';
import { DataSource, IsNull, Not } from 'typeorm';
import { ClientHistoryService } from '../../clients/history/client-history.service';
import { TasksService } from '../../tasks/tasks.service';
import { ReminderAttemptRecord } from '../reminder-attempt.entity';
import { reminderOutcome } from '../reminder-keys';

/** The task title for the client's manager when the client pressed 3. */
function rescheduleTitle(client: string, facts: ReminderFacts): string {
  const what =
    facts.kind === 'task'
      ? `"${facts.title ?? ''}" due ${facts.due}`
      : `the payment of ${facts.amount ?? ''} ${facts.currency ?? ''} due ${facts.due} (order ${facts.orderNumber ?? ''})`;
  return `Call back ${client}: wants to move ${what}; asked on a reminder call`.slice(0, 200);
}

/**
 * The key a client pressed on a reminder call, kept once however often the PBX repeats it: on the attempt, in the
 * client's timeline (in the same transaction), and for 3 as a call-back task for the client's manager. Key 2
 * needs nothing more here: crm-reminder sends the client to the queue and the agent's pop says why.
 */
@Injectable()
export class ReminderAnswersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly history: ClientHistoryService,
    private readonly tasks: TasksService,
  ) {}

  async keyed(attemptId: string, digit: string | null, at: Date): Promise<void> {
    const outcome = reminderOutcome(digit);
    const attempt = await this.db.transaction(async (manager) => {
      const stored = await manager.update(
        ReminderAttemptRecord,
        { id: attemptId, outcome: IsNull() },
        { outcome },
      );
      if (!stored.affected) return null;
      const row = await manager.findOneByOrFail(ReminderAttemptRecord, { id: attemptId });
      const data: ReminderHistoryData = { ...row.facts, attemptId, outcome };
      await this.history.record(
        { clientId: row.clientId, kind: 'reminder', authorId: null, occurredAt: at, data: { ...data } },
        manager,
      );
      return row;
    });
    if (attempt && outcome === 'reschedule') await this.openCallBack(attempt);
  }

  /** The call ended after the client answered; one who hung up without a key counts as `none`. */
  async finished(attemptId: string, at: Date): Promise<void> {
    const ended = await this.db.manager.update(
      ReminderAttemptRecord,
      { id: attemptId, state: 'dialing', answeredAt: Not(IsNull()) },
      { state: 'completed', endedAt: at },
    );
    if (ended.affected) await this.keyed(attemptId, null, at);
  }

  private async openCallBack(attempt: ReminderAttemptRecord): Promise<void> {
    const [client] = (await this.db.query(
      'SELECT display_name AS name, manager_id AS "managerId" FROM clients WHERE id = $1',
      [attempt.clientId],
    )) as { name: string; managerId: string | null }[];
    if (!client) return;
    await this.tasks.createFollowUp({
      clientId: attempt.clientId,
      assigneeId: client.managerId,
      title: rescheduleTitle(client.name, attempt.facts),
    });
  }
}
