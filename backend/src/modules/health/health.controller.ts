import { Controller, Get } from '@nestjs/common';
import { HealthReport } from '@switchboard/contracts';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  report(): Promise<HealthReport> {
    return this.health.report();
  }
}
