import { Controller, Get, Query } from '@nestjs/common';
import { TeamTaskSummary } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { TeamTasksQuery } from './dto/team-tasks.query';
import { TeamTasksService } from './team-tasks.service';

@Controller('supervisor/team-tasks')
@Roles('supervisor', 'admin')
export class TeamTasksController {
  constructor(private readonly teamTasks: TeamTasksService) {}

  @Get()
  summary(@Query() query: TeamTasksQuery, @CurrentUser() user: AuthenticatedUser): Promise<TeamTaskSummary> {
    return this.teamTasks.summary(user, query.period);
  }
}
