import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { MonitorSession, Page } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { PageQuery } from '../../core/http/page.query';
import { UuidParam } from '../../core/http/uuid-param';
import { ChangeMonitorModeDto } from './dto/change-monitor-mode.dto';
import { StartMonitorDto } from './dto/start-monitor.dto';
import { MonitoringService } from './monitoring.service';

/** Supervisors and admins monitor agents' calls on their own phone; only admins read the audit. */
@Controller('monitoring')
@Roles('supervisor', 'admin')
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  @Post()
  start(@Body() dto: StartMonitorDto, @CurrentUser() user: AuthenticatedUser): Promise<MonitorSession> {
    return this.monitoring.start(dto, user);
  }

  @Patch(':id')
  changeMode(
    @UuidParam('id') id: string,
    @Body() dto: ChangeMonitorModeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MonitorSession> {
    return this.monitoring.changeMode(id, dto, user);
  }

  @Delete(':id')
  stop(@UuidParam('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<MonitorSession> {
    return this.monitoring.stop(id, user);
  }

  @Get()
  @Roles('admin')
  list(@Query() query: PageQuery): Promise<Page<MonitorSession>> {
    return this.monitoring.list(query);
  }
}
