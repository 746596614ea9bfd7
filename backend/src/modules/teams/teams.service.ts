import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Team as TeamView } from '@switchboard/contracts';
import { EntityManager, Repository } from 'typeorm';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { violatedForeignKey } from '../../core/database/foreign-key-violation';
import { violatedUniqueIndex } from '../../core/database/unique-violation';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { SaveTeamDto } from './dto/save-team.dto';
import { SupervisorScopeService } from './supervisor-scope.service';
import { TeamMember } from './team-member.entity';
import { TeamQueue } from './team-queue.entity';
import { Team } from './team.entity';
import { toTeamView } from './team.mapper';
import { TeamNameTakenError, TeamNotFoundError, UnknownMembersError } from './teams.errors';

const WITH_MEMBERS = { members: { user: true }, queues: true } as const;

/** Teams of agents and supervisors: admins keep them, supervisors read their own. */
@Injectable()
export class TeamsService {
  constructor(
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    private readonly scope: SupervisorScopeService,
    private readonly events: DomainEventBus,
  ) {}

  /** Every team for admins; a supervisor's own teams (those they are a member of). */
  async list(user: AuthenticatedUser): Promise<TeamView[]> {
    const builder = this.teams
      .createQueryBuilder('team')
      .leftJoinAndSelect('team.members', 'member')
      .leftJoinAndSelect('member.user', 'user')
      .leftJoinAndSelect('team.queues', 'queue')
      .orderBy('lower(team.name)', 'ASC');
    if (user.role !== 'admin') {
      builder.where(
        'EXISTS (SELECT 1 FROM team_members mine WHERE mine.team_id = team.id AND mine.user_id = :me)',
        { me: user.id },
      );
    }
    return (await builder.getMany()).map(toTeamView);
  }

  /** A team an admin may see, or a supervisor who is in it; any other answers as missing. */
  async get(id: string, user: AuthenticatedUser): Promise<TeamView> {
    const team = await this.teams.findOne({ where: { id }, relations: WITH_MEMBERS });
    const visible = team && (user.role === 'admin' || team.members.some(({ userId }) => userId === user.id));
    if (!visible) throw new TeamNotFoundError(id);
    return toTeamView(team);
  }

  async create(dto: SaveTeamDto): Promise<TeamView> {
    const id = await this.write(dto, async (manager) => {
      const { id } = await manager.save(Team, manager.create(Team, { name: dto.name }));
      return { id, before: [] };
    });
    return this.loaded(id);
  }

  async update(id: string, dto: SaveTeamDto): Promise<TeamView> {
    await this.write(dto, async (manager) => {
      const before = await this.memberIds(manager, id);
      // Sets updated_at as well, so it tells when members or queues last changed too.
      const { affected } = await manager.update(Team, { id }, { name: dto.name });
      if (!affected) throw new TeamNotFoundError(id);
      await manager.delete(TeamMember, { teamId: id });
      await manager.delete(TeamQueue, { teamId: id });
      return { id, before };
    });
    return this.loaded(id);
  }

  async remove(id: string): Promise<void> {
    const before = await this.teams.manager.transaction(async (manager) => {
      const members = await this.memberIds(manager, id);
      const { affected } = await manager.delete(Team, { id });
      if (!affected) throw new TeamNotFoundError(id);
      return members;
    });
    await this.changed(before);
  }

  /**
   * Stores the team `prepare` creates or updates with the request's members and queues, in one
   * transaction, then tells who was and is in it.
   */
  private async write(
    dto: SaveTeamDto,
    prepare: (manager: EntityManager) => Promise<{ id: string; before: string[] }>,
  ): Promise<string> {
    const memberIds = [...new Set(dto.memberIds)];
    const queues = [...new Set(dto.queues)];
    const { id, before } = await this.teams.manager
      .transaction(async (manager) => {
        const prepared = await prepare(manager);
        const teamId = prepared.id;
        if (memberIds.length > 0) {
          await manager.insert(
            TeamMember,
            memberIds.map((userId) => ({ teamId, userId })),
          );
        }
        if (queues.length > 0)
          await manager.insert(
            TeamQueue,
            queues.map((queue) => ({ teamId, queue })),
          );
        return prepared;
      })
      .catch((error: unknown) => {
        if (violatedUniqueIndex(error) === 'teams_name_unique') throw new TeamNameTakenError(dto.name);
        if (violatedForeignKey(error) === 'team_members_user_fk') throw new UnknownMembersError();
        throw error;
      });
    await this.changed([...before, ...memberIds]);
    return id;
  }

  private async memberIds(manager: EntityManager, teamId: string): Promise<string[]> {
    return (await manager.findBy(TeamMember, { teamId })).map(({ userId }) => userId);
  }

  private async changed(userIds: string[]): Promise<void> {
    this.scope.invalidate();
    await this.events.emitAsync('teams.changed', { userIds: [...new Set(userIds)] });
  }

  private async loaded(id: string): Promise<TeamView> {
    return toTeamView(await this.teams.findOneOrFail({ where: { id }, relations: WITH_MEMBERS }));
  }
}
