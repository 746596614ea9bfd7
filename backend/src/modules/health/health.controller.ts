import { Controller, Get } from '@nestjs/common';
import { HealthProbe, HealthReport } from '@switchboard/contracts';
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

  @Roles('admin')
  @Get()
  report(): Promise<HealthReport> {
    return this.health.report();
  }
}
