import { Module } from '@nestjs/common';
import { PbxModule } from '../pbx/pbx.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [PbxModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
