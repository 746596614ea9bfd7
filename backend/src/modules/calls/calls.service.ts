import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CallRecord, MISSED_DISPOSITIONS, Page } from '@switchboard/contracts';
import { IsNull, Not, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { ForbiddenError } from '../../core/http/domain-error';
import { CallEntity } from './call.entity';
import { toCallRecord } from './call.mapper';
import { CallNotFoundError } from './calls.errors';
import { ListCallsQuery } from './dto/list-calls.query';

/** Reading stored calls: an operator sees their own, supervisors and admins everyone's. */
@Injectable()
export class CallsService {
  constructor(@InjectRepository(CallEntity) private readonly calls: Repository<CallEntity>) {}

  async list(query: ListCallsQuery, user: AuthenticatedUser): Promise<Page<CallRecord>> {
    if (query.scope === 'all' && user.role === 'operator')
      throw new ForbiddenError('Only supervisors see every call');
    const builder = this.calls
      .createQueryBuilder('call')
      .leftJoinAndSelect('call.agent', 'agent')
      .leftJoinAndSelect('call.client', 'client')
      .leftJoinAndSelect('call.wrappedUpBy', 'wrappedUpBy');
    if (query.scope === 'mine') {
      builder.andWhere('(call.agent_id = :me OR :me = ANY(call.rung_user_ids))', { me: user.id });
    }
    if (query.direction) builder.andWhere('call.direction = :direction', { direction: query.direction });
    if (query.disposition)
      builder.andWhere('call.disposition = :disposition', { disposition: query.disposition });
    if (query.missed) builder.andWhere('call.disposition IN (:...missed)', { missed: MISSED_DISPOSITIONS });
    if (query.clientId) builder.andWhere('call.client_id = :clientId', { clientId: query.clientId });
    if (query.from) builder.andWhere('call.started_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('call.started_at < :to', { to: query.to });
    const [calls, total] = await builder
      .orderBy('call.startedAt', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: calls.map(toCallRecord), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, user: AuthenticatedUser): Promise<CallRecord> {
    return toCallRecord(await this.visible(id, user));
  }

  /** The call, when `user` may see it: an operator only the calls that rang them or that they had. */
  async visible(id: string, user: AuthenticatedUser): Promise<CallEntity> {
    const call = await this.calls.findOne({
      where: { id },
      relations: { agent: true, client: true, wrappedUpBy: true },
    });
    const involved = call && (call.agentId === user.id || call.rungUserIds.includes(user.id));
    if (!call || (user.role === 'operator' && !involved)) throw new CallNotFoundError(id);
    return call;
  }

  /** The call the agent is talking on now (answered, not ended), with the extension they answered it on. */
  async liveCallOf(agentId: string): Promise<{ id: string; agentExtension: string } | null> {
    const call = await this.calls.findOne({
      select: { id: true, agentExtension: true },
      where: { agentId, answeredAt: Not(IsNull()), endedAt: IsNull(), agentExtension: Not(IsNull()) },
      order: { answeredAt: 'DESC' },
    });
    return call?.agentExtension ? { id: call.id, agentExtension: call.agentExtension } : null;
  }

  /** Moves a merged client's calls to the kept client. */
  async moveClient(fromClientId: string, toClientId: string, manager = this.calls.manager): Promise<void> {
    await manager.update(CallEntity, { clientId: fromClientId }, { clientId: toClientId });
  }
}
