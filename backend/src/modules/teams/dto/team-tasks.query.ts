import { TEAM_TASK_PERIODS, TeamTaskPeriod } from '@switchboard/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class TeamTasksQuery {
  @IsOptional()
  @IsIn(TEAM_TASK_PERIODS, { message: `must be one of ${TEAM_TASK_PERIODS.join(', ')}` })
  period: TeamTaskPeriod = 'today';
}
