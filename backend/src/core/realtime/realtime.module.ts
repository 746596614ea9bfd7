import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module';
import { AgentGateway } from './agent.gateway';
import { RealtimePublisher } from './realtime.publisher';
import { RoleRoomsListener } from './role-rooms.listener';
import { SessionRevocationListener } from './session-revocation.listener';

@Module({
  imports: [AuthModule],
  providers: [AgentGateway, RealtimePublisher, SessionRevocationListener, RoleRoomsListener],
  exports: [RealtimePublisher],
})
export class RealtimeModule {}
