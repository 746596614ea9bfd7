import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { EventsModule } from './core/events/events.module';
import { ErrorFilter } from './core/http/error.filter';
import { LoggingModule } from './core/logging/logging.module';
import { MetricsModule } from './core/metrics/metrics.module';
import { RealtimeModule } from './core/realtime/realtime.module';
import { QueuesModule } from './core/queues/queues.module';
import { RedisModule } from './core/redis/redis.module';
import { AgentsModule } from './modules/agents/agents.module';
import { AuthModule } from './modules/auth/auth.module';
import { BonusesModule } from './modules/bonuses/bonuses.module';
import { CallsModule } from './modules/calls/calls.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { ClientsModule } from './modules/clients/clients.module';
import { ConsoleSettingsModule } from './modules/console-settings/console-settings.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { HealthModule } from './modules/health/health.module';
import { MonitoringModule } from './modules/monitoring/monitoring.module';
import { OrdersModule } from './modules/orders/orders.module';
import { PaymentsModule } from './modules/payments/payments.module';
import { PbxModule } from './modules/pbx/pbx.module';
import { CallQueuesModule } from './modules/queues/queues.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { SelfServiceModule } from './modules/selfservice/selfservice.module';
import { SoftphoneModule } from './modules/softphone/softphone.module';
import { SurveysModule } from './modules/surveys/surveys.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { TeamsModule } from './modules/teams/teams.module';
import { UsersModule } from './modules/users/users.module';
import { WorkspaceModule } from './modules/workspace/workspace.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot(),
        RedisModule,
        QueuesModule,
        EventsModule,
        MetricsModule.forRoot('api'),
        ServeStaticModule.forRoot({
          rootPath: config.staticDir,
          exclude: ['/api/{*path}', '/socket.io/{*path}'],
        }),
        RealtimeModule,
        AuthModule,
        UsersModule,
        ClientsModule,
        CatalogueModule,
        OrdersModule,
        PaymentsModule,
        BonusesModule,
        DocumentsModule,
        TasksModule,
        TeamsModule,
        SurveysModule,
        RemindersModule,
        ConsoleSettingsModule,
        PbxModule,
        CallsModule,
        SelfServiceModule,
        AgentsModule,
        CallQueuesModule,
        MonitoringModule,
        HealthModule,
        SoftphoneModule,
        WorkspaceModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
    };
  }
}
