import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CallsModule } from '../calls/calls.module';
import { ConsoleSettingsModule } from '../console-settings/console-settings.module';
import { PbxModule } from '../pbx/pbx.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { MonitorNotifier } from './monitor-notifier';
import { MonitorSessionRecord } from './monitor-session.entity';
import { MonitoringController } from './monitoring.controller';
import { MonitoringService } from './monitoring.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([MonitorSessionRecord]),
    PbxModule,
    UsersModule,
    TeamsModule,
    CallsModule,
    ConsoleSettingsModule,
  ],
  controllers: [MonitoringController],
  providers: [MonitoringService, MonitorNotifier],
})
export class MonitoringModule {}
