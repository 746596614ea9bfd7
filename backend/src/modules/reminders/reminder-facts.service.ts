import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReminderFacts } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { ReminderAttemptRecord } from './reminder-attempt.entity';

/** `SB_IVR_CHOICE` of a client who pressed 2 on a reminder call (dialplans/extensions.conf, crm-reminder). */
const REMINDER_CHOICE = /^reminder-([0-9a-f-]{36})$/;

/** What a reminder call was about, for the screen-pop of the client it sent to an operator. */
@Injectable()
export class ReminderFactsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Null when the choice is not a reminder's or names no attempt. */
  async ofChoice(choice: string | undefined): Promise<ReminderFacts | null> {
    const attemptId = choice ? REMINDER_CHOICE.exec(choice)?.[1] : undefined;
    if (!attemptId) return null;
    const attempt = await this.db.manager.findOne(ReminderAttemptRecord, {
      where: { id: attemptId },
      select: { id: true, facts: true },
    });
    return attempt?.facts ?? null;
  }
}
