import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { QUEUES, ReminderScanJob } from '../../../core/queues/queues';
import { ReminderScan } from '../scheduling/reminder-scan.service';

/**
 * Scans for reminders every REMINDER_SCAN_MINUTES on a repeatable job; a scan is idempotent, so retries are
 * harmless.
 */
@Processor(QUEUES.reminderScan)
export class ReminderScanProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly scan: ReminderScan,
    @InjectQueue(QUEUES.reminderScan) private readonly queue: Queue<ReminderScanJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'reminder-scan',
      { every: this.config.reminders.scanMinutes * 60_000 },
      { name: 'scan' },
    );
  }

  process(): Promise<number> {
    return this.scan.run();
  }
}
