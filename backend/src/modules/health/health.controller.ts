import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { HealthProbe, HealthReport } from '@switchboard/contracts';
import { Response } from 'express';
import { Public, Roles } from '../../core/auth/auth.decorators';
import { HealthService } from './health.service';

/** Probes for load balancers and compose (no token, no details) and the detailed report for admins. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get('live')
  live(): HealthProbe {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  ready(): Promise<HealthProbe> {
    return this.health.ready();
  }

  /** 503 with the same body when degraded, so a monitor that reads only the status still sees it. */
  @Roles('admin')
  @Get()
  async report(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.report();
    if (report.status !== 'ok') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
