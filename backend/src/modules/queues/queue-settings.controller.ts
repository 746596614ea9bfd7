import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { QueueSettings } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { QueueLoginDto } from '../agents/dto/queue-login.dto';
import { UpdateQueueSettingsDto } from './dto/update-queue-settings.dto';
import { QueueWallboard } from './queue-wallboard.service';

/** Supervisors read every known queue's settings; only admins change them. */
@Controller('queues')
export class QueueSettingsController {
  constructor(private readonly wallboard: QueueWallboard) {}

  @Get('settings')
  @Roles('supervisor', 'admin')
  all(): QueueSettings[] {
    return this.wallboard.settings();
  }

  @Put(':queue/settings')
  @Roles('admin')
  update(@Param() { queue }: QueueLoginDto, @Body() dto: UpdateQueueSettingsDto): Promise<QueueSettings> {
    return this.wallboard.updateSettings(queue, dto);
  }
}
