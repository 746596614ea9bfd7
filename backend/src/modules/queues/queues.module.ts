import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '../clients/clients.module';
import { PbxModule } from '../pbx/pbx.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { QueueSettingsController } from './queue-settings.controller';
import { QueueSettingsRecord } from './queue-settings.entity';
import { QueueSettingsService } from './queue-settings.service';
import { QueueWallboard } from './queue-wallboard.service';
import { WallboardGateway } from './wallboard.gateway';

/** Live queues and agents for supervisors: the wallboard's state, its socket side and each queue's settings. */
@Module({
  imports: [
    TypeOrmModule.forFeature([QueueSettingsRecord]),
    ClientsModule,
    PbxModule,
    UsersModule,
    TeamsModule,
  ],
  controllers: [QueueSettingsController],
  // The settings first: the wallboard counts by them as soon as it boots.
  providers: [QueueSettingsService, QueueWallboard, WallboardGateway],
  exports: [QueueWallboard],
})
export class CallQueuesModule {}
