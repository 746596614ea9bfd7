import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { AgentPresence, PbxQueues } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { PauseDto } from './dto/pause.dto';
import { QueueLoginDto } from './dto/queue-login.dto';
import { PresenceService } from './presence.service';

/** Agents change their own presence; supervisors and admins see everyone's. */
@Controller('agents')
export class AgentsController {
  constructor(private readonly presence: PresenceService) {}

  @Get()
  @Roles('supervisor', 'admin')
  all(): AgentPresence[] {
    return this.presence.all();
  }

  @Get('queues')
  async queues(): Promise<PbxQueues> {
    return { queues: await this.presence.queues() };
  }

  @Get('me')
  mine(@CurrentUser() user: AuthenticatedUser): AgentPresence {
    return this.presence.mine(user);
  }

  @Post('me/queues')
  @HttpCode(HttpStatus.ACCEPTED)
  joinQueue(@Body() dto: QueueLoginDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.presence.joinQueue(user, dto.queue);
  }

  @Delete('me/queues/:queue')
  @HttpCode(HttpStatus.ACCEPTED)
  leaveQueue(@Param() { queue }: QueueLoginDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.presence.leaveQueue(user.id, queue);
  }

  /** Ends the wrap-up before its time limit. */
  @Post('me/ready')
  @HttpCode(HttpStatus.ACCEPTED)
  ready(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.presence.ready(user);
  }

  @Post('me/pause')
  @HttpCode(HttpStatus.ACCEPTED)
  pause(@Body() dto: PauseDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.presence.pause(user.id, dto);
  }
}
