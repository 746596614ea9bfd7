import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SupervisorScopeService } from './supervisor-scope.service';
import { TeamMember } from './team-member.entity';
import { TeamQueue } from './team-queue.entity';
import { Team } from './team.entity';
import { TeamTasksController } from './team-tasks.controller';
import { TeamTasksService } from './team-tasks.service';
import { TeamsController } from './teams.controller';
import { TeamsService } from './teams.service';

@Module({
  imports: [TypeOrmModule.forFeature([Team, TeamMember, TeamQueue])],
  controllers: [TeamsController, TeamTasksController],
  providers: [TeamsService, SupervisorScopeService, TeamTasksService],
  exports: [TeamsService, SupervisorScopeService],
})
export class TeamsModule {}
