import { Module } from '@nestjs/common';
import { ConsoleSettingsModule } from '../console-settings/console-settings.module';
import { PbxModule } from '../pbx/pbx.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { AgentsController } from './agents.controller';
import { DemoRingRules } from './demo-ring-rules';
import { PresenceService } from './presence.service';
import { SupervisorAgentsController } from './supervisor-agents.controller';

@Module({
  imports: [PbxModule, UsersModule, ConsoleSettingsModule, TeamsModule],
  controllers: [AgentsController, SupervisorAgentsController],
  providers: [PresenceService, DemoRingRules],
})
export class AgentsModule {}
