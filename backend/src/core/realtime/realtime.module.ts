import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module';
import { AgentGateway } from './agent.gateway';
import { RealtimePublisher } from './realtime.publisher';
import { SessionRevocationListener } from './session-revocation.listener';

@Module({
  imports: [AuthModule],
  providers: [AgentGateway, RealtimePublisher, SessionRevocationListener],
  exports: [RealtimePublisher],
})
export class RealtimeModule {}
