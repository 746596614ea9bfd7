import { Global, Module } from '@nestjs/common';
import { AgentGateway } from './agent.gateway';
import { ConsoleAttendance } from './console-attendance';
import { RealtimeTarget } from './realtime-target';
import { RealtimePublisher } from './realtime.publisher';

/** The API's realtime channel: the `/agent` gateway, and the publisher that reaches its rooms. */
@Global()
@Module({
  providers: [
    AgentGateway,
    { provide: RealtimeTarget, useExisting: AgentGateway },
    RealtimePublisher,
    ConsoleAttendance,
  ],
  exports: [RealtimePublisher, ConsoleAttendance],
})
export class RealtimeModule {}
