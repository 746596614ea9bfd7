import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MonitorSession, Page } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { Repository } from 'typeorm';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { ForbiddenError, ValidationFailedError } from '../../core/http/domain-error';
import { PageQuery } from '../../core/http/page.query';
import { CallsService } from '../calls/calls.service';
import { PbxService } from '../pbx/pbx.service';
import { ExtensionDirectory } from '../users/extension-directory.service';
import { NoExtensionError } from '../users/users.errors';
import { ChangeMonitorModeDto } from './dto/change-monitor-mode.dto';
import { StartMonitorDto } from './dto/start-monitor.dto';
import { MonitorNotifier } from './monitor-notifier';
import { MonitorSessionRecord } from './monitor-session.entity';
import { SupervisorScopeService } from '../teams/supervisor-scope.service';
import { toMonitorSession } from './monitor-session.mapper';
import {
  AgentNotOnCallError,
  MonitorSessionEndedError,
  MonitorSessionNotFoundError,
} from './monitoring.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WITH_USERS = { supervisor: true, agent: true } as const;

/**
 * Supervisors listening to, whispering into and barging into agents' live calls through the PBX, on their own
 * phone. Each session's row is its audit: who, whom, which call, every mode with its time, start and end.
 */
@Injectable()
export class MonitoringService {
  private readonly logger = new Logger(MonitoringService.name);

  constructor(
    @InjectRepository(MonitorSessionRecord) private readonly sessions: Repository<MonitorSessionRecord>,
    private readonly pbx: PbxService,
    private readonly directory: ExtensionDirectory,
    private readonly calls: CallsService,
    private readonly scopes: SupervisorScopeService,
    private readonly notifier: MonitorNotifier,
  ) {}

  /** The row comes first, so an end the PBX reports at once finds it; a refused Originate removes it again. */
  async start({ agentId, mode }: StartMonitorDto, user: AuthenticatedUser): Promise<MonitorSession> {
    const supervisor = this.directory.extensionOf(user.id);
    if (!supervisor) throw new NoExtensionError();
    if (agentId === user.id)
      throw new ValidationFailedError([
        { field: 'agentId', code: 'NOT_ALLOWED', reason: 'cannot be yourself' },
      ]);
    if (!(await this.scopes.canSupervise(user, agentId)))
      throw new ForbiddenError('You do not supervise this agent');
    const call = await this.calls.liveCallOf(agentId);
    if (!call) throw new AgentNotOnCallError(agentId);
    const id = randomUUID();
    const startedAt = new Date();
    await this.sessions.insert({
      id,
      supervisorId: user.id,
      agentId,
      callId: call.id,
      mode,
      modeChanges: [{ at: startedAt.toISOString(), mode }],
      startedAt,
    });
    try {
      await this.pbx.startMonitor({ sessionId: id, supervisor, agent: call.agentExtension, mode });
    } catch (error) {
      await this.sessions.delete({ id });
      throw error;
    }
    this.logger.log({ sessionId: id, userId: user.id, agentId, callId: call.id, mode }, 'Monitoring started');
    const session = await this.view(id);
    if (await this.notifier.started(session)) await this.sessions.update({ id }, { agentNotified: true });
    return session;
  }

  async changeMode(
    id: string,
    { mode }: ChangeMonitorModeDto,
    user: AuthenticatedUser,
  ): Promise<MonitorSession> {
    const record = await this.own(id, user);
    if (record.endedAt) throw new MonitorSessionEndedError(id);
    if (record.mode === mode) return toMonitorSession(record);
    await this.pbx.changeMonitorMode(id, mode);
    const change = JSON.stringify([{ at: new Date().toISOString(), mode }]);
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ mode, modeChanges: () => `mode_changes || :change::jsonb` })
      .where('id = :id AND ended_at IS NULL', { id })
      .setParameter('change', change)
      .execute();
    const session = await this.view(id);
    if (record.agentNotified) await this.notifier.started(session);
    return session;
  }

  /** Stopping an ended session changes nothing; the PBX not having the call any more is no error. */
  async stop(id: string, user: AuthenticatedUser): Promise<MonitorSession> {
    const record = await this.own(id, user);
    if (record.endedAt) return toMonitorSession(record);
    await this.pbx.stopMonitor(id);
    await this.end(id, new Date());
    return this.view(id);
  }

  async list(query: PageQuery): Promise<Page<MonitorSession>> {
    const [records, total] = await this.sessions.findAndCount({
      relations: WITH_USERS,
      order: { startedAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: records.map(toMonitorSession), total, page: query.page, pageSize: query.pageSize };
  }

  /** The PBX hung up a supervisor's monitoring call; every instance hears it, the first one ends the row. */
  @OnDomainEvent('pbx.eventReceived', { promisify: true })
  async pbxEvent(event: PbxEvent): Promise<void> {
    if (event.type !== 'monitor.ended' || !UUID.test(event.sessionId)) return;
    await this.end(event.sessionId, event.at).catch((error: Error) =>
      this.logger.error(
        { sessionId: event.sessionId, reason: error.message },
        'Could not end a monitoring session',
      ),
    );
  }

  private async end(id: string, at: Date): Promise<void> {
    const ended = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ endedAt: at })
      .where('id = :id AND ended_at IS NULL', { id })
      .returning(['id', 'agentNotified'])
      .execute();
    const row = (ended.raw as { agent_notified: boolean }[])[0];
    if (!row) return;
    this.logger.log({ sessionId: id }, 'Monitoring ended');
    this.notifier.ended(await this.view(id), row.agent_notified);
  }

  /** The session, when `user` started it or is an admin. */
  private async own(id: string, user: AuthenticatedUser): Promise<MonitorSessionRecord> {
    const record = await this.sessions.findOne({ where: { id }, relations: WITH_USERS });
    if (!record) throw new MonitorSessionNotFoundError(id);
    if (record.supervisorId !== user.id && user.role !== 'admin')
      throw new ForbiddenError('Only the supervisor who started it or an admin may change this session');
    return record;
  }

  private async view(id: string): Promise<MonitorSession> {
    return toMonitorSession(await this.sessions.findOneOrFail({ where: { id }, relations: WITH_USERS }));
  }
}
