import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReminderLostCalls } from '../calls/reminder-lost-calls.service';
import { ReminderSettingsService } from '../reminder-settings.service';
import { ReminderCandidate, instalmentCandidate, taskCandidate } from './reminder-candidate';
import { DUE_TASKS_SQL, DueTask, OWED_INSTALMENTS_SQL, OwedInstalment } from './reminder-candidates.sql';
import { DueDates, scanRanges } from './reminder-occasions';
import { ReminderScheduler } from './reminder-scheduler.service';

/**
 * Finds what clients are to be reminded of now (instalments about to fall due or overdue and still owed,
 * appointment and delivery tasks coming up) and schedules each occasion's first attempt. Running it again finds
 * the same occasions, whose rows already exist: it adds nothing but the job of an attempt whose job was lost. It
 * also ends the calls whose end the PBX link lost (`ReminderLostCalls`).
 */
@Injectable()
export class ReminderScan {
  private readonly logger = new Logger(ReminderScan.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsService,
    private readonly scheduler: ReminderScheduler,
    private readonly lostCalls: ReminderLostCalls,
  ) {}

  /** Returns how many attempts it scheduled. */
  async run(now = new Date()): Promise<number> {
    await this.scheduler.requeueWaiting();
    await this.lostCalls.recover(now);
    const settings = await this.settings.get();
    const ranges = scanRanges(settings, now);
    const candidates: ReminderCandidate[] = [
      ...(await this.instalments('instalmentDue', ranges.instalmentDue)),
      ...(await this.instalments('instalmentOverdue', ranges.instalmentOverdue)),
    ];
    if (ranges.tasks) {
      const tasks = (await this.db.query(DUE_TASKS_SQL, [
        ranges.tasks.after,
        ranges.tasks.until,
      ])) as DueTask[];
      candidates.push(...tasks.map(taskCandidate));
    }
    let scheduled = 0;
    for (const candidate of candidates) {
      if (await this.scheduler.enter(candidate, settings, now)) scheduled++;
    }
    if (scheduled > 0) this.logger.log({ scheduled }, 'Reminder calls scheduled');
    return scheduled;
  }

  private async instalments(
    kind: 'instalmentDue' | 'instalmentOverdue',
    range: DueDates | null,
  ): Promise<ReminderCandidate[]> {
    if (!range) return [];
    const rows = (await this.db.query(OWED_INSTALMENTS_SQL, [
      range.from,
      range.to,
      kind,
    ])) as OwedInstalment[];
    return rows.map((row) => instalmentCandidate(kind, row));
  }
}
