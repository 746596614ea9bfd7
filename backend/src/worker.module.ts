import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { EventsModule } from './core/events/events.module';
import { LoggingModule } from './core/logging/logging.module';
import { MetricsModule } from './core/metrics/metrics.module';
import { ProcessorsCheck } from './core/queues/processors.check';
import { QueuesModule } from './core/queues/queues.module';
import { RealtimeEmitterModule } from './core/realtime/realtime-emitter.module';
import { RedisModule } from './core/redis/redis.module';
import { ENTITIES_GLOB } from './database/standalone-data-source';
import { BonusesJobsModule } from './modules/bonuses/jobs/bonuses-jobs.module';
import { ClientsJobsModule } from './modules/clients/jobs/clients-jobs.module';
import { RemindersJobsModule } from './modules/reminders/jobs/reminders-jobs.module';
import { SurveysJobsModule } from './modules/surveys/jobs/surveys-jobs.module';

/** The worker process: every queue's processor and what they need, no HTTP and no sockets of its own. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot([ENTITIES_GLOB]),
        RedisModule,
        QueuesModule,
        EventsModule,
        MetricsModule.forRoot('worker'),
        RealtimeEmitterModule,
        DiscoveryModule,
        ClientsJobsModule,
        BonusesJobsModule,
        SurveysJobsModule,
        RemindersJobsModule,
      ],
      providers: [ProcessorsCheck],
    };
  }
}
