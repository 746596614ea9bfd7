import { Body, Controller, Delete, HttpCode, HttpStatus, Logger, Param, Post } from '@nestjs/common';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { ForbiddenError } from '../../core/http/domain-error';
import { UuidParam } from '../../core/http/uuid-param';
import { SupervisorScopeService } from '../teams/supervisor-scope.service';
import { PauseDto } from './dto/pause.dto';
import { AgentQueueParams } from './dto/agent-queue.params';
import { PresenceService } from './presence.service';

/** A supervisor pauses an agent of their teams or takes them out of a queue; admins may for anyone. */
@Controller('supervisor/agents')
@Roles('supervisor', 'admin')
export class SupervisorAgentsController {
  private readonly logger = new Logger(SupervisorAgentsController.name);

  constructor(
    private readonly presence: PresenceService,
    private readonly scopes: SupervisorScopeService,
  ) {}

  @Post(':userId/pause')
  @HttpCode(HttpStatus.ACCEPTED)
  async pause(
    @UuidParam('userId') userId: string,
    @Body() dto: PauseDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.mustSupervise(user, userId);
    await this.presence.pause(userId, dto);
    this.logger.log(
      { by: user.id, agent: userId, paused: dto.paused, queue: dto.queue },
      'Agent paused by a supervisor',
    );
  }

  @Delete(':userId/queues/:queue')
  @HttpCode(HttpStatus.ACCEPTED)
  async leaveQueue(
    @Param() { userId, queue }: AgentQueueParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.mustSupervise(user, userId);
    await this.presence.leaveQueue(userId, queue);
    this.logger.log({ by: user.id, agent: userId, queue }, 'Agent taken out of a queue by a supervisor');
  }

  private async mustSupervise(user: AuthenticatedUser, agentId: string): Promise<void> {
    if (!(await this.scopes.canSupervise(user, agentId))) {
      throw new ForbiddenError('The agent is not in one of your teams');
    }
  }
}
