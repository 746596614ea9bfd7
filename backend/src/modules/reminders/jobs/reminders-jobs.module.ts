import { Module } from '@nestjs/common';
import { SpeechModule } from '../../../core/speech/speech.module';
import { ReminderDialingService } from '../calls/reminder-dialing.service';
import { reminderDialerProvider } from '../calls/reminder-dialer.provider';
import { RemindersModule } from '../reminders.module';
import { ReminderCallProcessor } from './reminder-call.processor';
import { ReminderScanProcessor } from './reminder-scan.processor';

/**
 * The reminder scan, the reminder-call processor and the worker's AMI session it dials through; only the worker
 * loads it.
 */
@Module({
  imports: [RemindersModule, SpeechModule],
  providers: [reminderDialerProvider, ReminderDialingService, ReminderScanProcessor, ReminderCallProcessor],
})
export class RemindersJobsModule {}
