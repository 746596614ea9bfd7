import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SpeechModule } from '../../core/speech/speech.module';
import { ClientsModule } from '../clients/clients.module';
import { TasksModule } from '../tasks/tasks.module';
import { ReminderAnswersService } from './calls/reminder-answers.service';
import { ReminderCallsListener } from './calls/reminder-calls.listener';
import { ReminderLostCalls } from './calls/reminder-lost-calls.service';
import { ReminderAttemptRecord } from './reminder-attempt.entity';
import { ReminderFactsService } from './reminder-facts.service';
import { ReminderSettingsController } from './reminder-settings.controller';
import { ReminderSettingsRecord } from './reminder-settings.entity';
import { ReminderSettingsService } from './reminder-settings.service';
import { ReminderScan } from './scheduling/reminder-scan.service';
import { ReminderScheduler } from './scheduling/reminder-scheduler.service';

/**
 * Reminder and confirmation calls: the admins' rules, the scan and scheduling, and the calls' outcomes; the calls
 * themselves are placed by the worker (jobs/).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReminderSettingsRecord, ReminderAttemptRecord]),
    ClientsModule,
    TasksModule,
    SpeechModule,
  ],
  controllers: [ReminderSettingsController],
  providers: [
    ReminderSettingsService,
    ReminderScheduler,
    ReminderScan,
    ReminderAnswersService,
    ReminderCallsListener,
    ReminderLostCalls,
    ReminderFactsService,
  ],
  exports: [
    ReminderSettingsService,
    ReminderScheduler,
    ReminderScan,
    ReminderFactsService,
    ReminderLostCalls,
  ],
})
export class RemindersModule {}
