import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '../clients/clients.module';
import { ConsoleSettingsModule } from '../console-settings/console-settings.module';
import { OrdersModule } from '../orders/orders.module';
import { PaymentsModule } from '../payments/payments.module';
import { PbxModule } from '../pbx/pbx.module';
import { RemindersModule } from '../reminders/reminders.module';
import { SelfServiceModule } from '../selfservice/selfservice.module';
import { TasksModule } from '../tasks/tasks.module';
import { UsersModule } from '../users/users.module';
import { CallEntity } from './call.entity';
import { CallFollowUps } from './call-follow-ups.listener';
import { CallOriginator } from './call-originator.service';
import { CallRecorder } from './call-recorder.service';
import { CallWrapUpService } from './call-wrap-up.service';
import { CallWrapUpValidator } from './call-wrap-up.validator';
import { CallsController } from './calls.controller';
import { CallsMergeListener } from './calls-merge.listener';
import { CallsService } from './calls.service';
import { ScreenPopBuilder } from './pop/screen-pop.builder';
import { ScreenPopService } from './pop/screen-pop.service';
import { CallRecordingsController } from './recordings/call-recordings.controller';
import { CallRecordings } from './recordings/call-recordings.service';
import { RecordingPlaybackRecord } from './recordings/recording-playback.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([CallEntity, RecordingPlaybackRecord]),
    ClientsModule,
    PaymentsModule,
    TasksModule,
    UsersModule,
    PbxModule,
    ConsoleSettingsModule,
    OrdersModule,
    SelfServiceModule,
    RemindersModule,
  ],
  controllers: [CallsController, CallRecordingsController],
  // The screen-pop first: both react to each PBX event, and the pop's reads then queue for the pool
  // ahead of the recorder's writes.
  providers: [
    CallRecordings,
    ScreenPopService,
    ScreenPopBuilder,
    CallsService,
    CallRecorder,
    CallFollowUps,
    CallOriginator,
    CallWrapUpService,
    CallWrapUpValidator,
    CallsMergeListener,
  ],
  exports: [CallsService],
})
export class CallsModule {}
