import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';

/** Who is asking, as far as their scope depends on it. */
type Supervising = Pick<AuthenticatedUser, 'id' | 'role'>;
import { SupervisorScope } from './supervisor-scope';

/** $1 the supervisor: the queues and members of every team they are in, themselves included. */
const SCOPE_SQL = `
  SELECT
    ARRAY(SELECT DISTINCT q.queue FROM team_queues q
            JOIN team_members mine ON mine.team_id = q.team_id WHERE mine.user_id = $1) AS queues,
    ARRAY(SELECT DISTINCT m.user_id::text FROM team_members m
            JOIN team_members mine ON mine.team_id = m.team_id WHERE mine.user_id = $1) AS "agentIds"`;

const ALL: SupervisorScope = { all: true, queues: new Set(), agentIds: new Set() };
const NONE: SupervisorScope = { all: false, queues: new Set(), agentIds: new Set() };

/**
 * Whom and which queues a user supervises. Supervisors' scopes are cached in this process until any
 * team changes; the cache holds the pending look-up, so a change clears even one still under way.
 */
@Injectable()
export class SupervisorScopeService {
  private readonly cache = new Map<string, Promise<SupervisorScope>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  scopeOf(user: Supervising): Promise<SupervisorScope> {
    if (user.role === 'admin') return Promise.resolve(ALL);
    if (user.role !== 'supervisor') return Promise.resolve(NONE);
    let scope = this.cache.get(user.id);
    if (!scope) {
      scope = this.load(user.id);
      this.cache.set(user.id, scope);
      scope.catch(() => this.cache.get(user.id) === scope && this.cache.delete(user.id));
    }
    return scope;
  }

  async canSupervise(user: Supervising, agentId: string): Promise<boolean> {
    const scope = await this.scopeOf(user);
    return scope.all || scope.agentIds.has(agentId);
  }

  /** Forgets every cached scope; the teams service calls it on each save and delete. */
  invalidate(): void {
    this.cache.clear();
  }

  private async load(userId: string): Promise<SupervisorScope> {
    const [row] = (await this.db.query(SCOPE_SQL, [userId])) as { queues: string[]; agentIds: string[] }[];
    return { all: false, queues: new Set(row.queues), agentIds: new Set(row.agentIds) };
  }
}
