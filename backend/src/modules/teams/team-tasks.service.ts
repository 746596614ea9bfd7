import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TeamTaskPeriod, TeamTaskRow, TeamTaskSummary } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { SupervisorScopeService } from './supervisor-scope.service';
import { periodBounds } from './team-task-period';

/**
 * $1 from, $2 to, $3 now, $4 whether every operator and supervisor counts, $5 the agents otherwise.
 * Every agent gets a row, with zeros when nothing of theirs is due in the period.
 */
const TEAM_TASKS_SQL = `
  SELECT u.id, u.display_name AS "displayName",
         COUNT(t.id) FILTER (WHERE t.done_at IS NOT NULL)::int AS done,
         COUNT(t.id) FILTER (WHERE t.done_at IS NULL AND t.due_at < $3)::int AS overdue,
         COUNT(t.id) FILTER (WHERE t.done_at IS NULL AND t.due_at >= $3)::int AS open
    FROM users u
    LEFT JOIN tasks t ON t.assignee_id = u.id AND t.due_at >= $1 AND t.due_at < $2
   WHERE u.active AND (CASE WHEN $4 THEN u.role IN ('operator', 'supervisor') ELSE u.id = ANY($5::uuid[]) END)
   GROUP BY u.id
   ORDER BY lower(u.display_name), u.id`;

interface CountRow {
  id: string;
  displayName: string;
  done: number;
  overdue: number;
  open: number;
}

/**
 * How the agents a supervisor watches stand with their tasks due in a period. Tasks belong to the tasks
 * module; this is a read-only count over its table, in one statement.
 */
@Injectable()
export class TeamTasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scopes: SupervisorScopeService,
  ) {}

  async summary(user: AuthenticatedUser, period: TeamTaskPeriod): Promise<TeamTaskSummary> {
    const now = new Date();
    const { from, to } = periodBounds(period, now);
    const scope = await this.scopes.scopeOf(user);
    const agentIds = [...scope.agentIds].filter((id) => id !== user.id);
    const rows = (await this.db.query(TEAM_TASKS_SQL, [from, to, now, scope.all, agentIds])) as CountRow[];
    return { period, from: from.toISOString(), to: to.toISOString(), rows: rows.map(toRow) };
  }
}

const toRow = ({ id, displayName, done, overdue, open }: CountRow): TeamTaskRow => ({
  agent: { id, displayName },
  done,
  overdue,
  open,
});
