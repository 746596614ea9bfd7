import { Module } from '@nestjs/common';
import { ConsoleSettingsModule } from '../console-settings/console-settings.module';
import { PbxModule } from '../pbx/pbx.module';
import { UsersModule } from '../users/users.module';
import { AgentsController } from './agents.controller';
import { DemoRingRules } from './demo-ring-rules';
import { PresenceService } from './presence.service';

@Module({
  imports: [PbxModule, UsersModule, ConsoleSettingsModule],
  controllers: [AgentsController],
  providers: [PresenceService, DemoRingRules],
})
export class AgentsModule {}
