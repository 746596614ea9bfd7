import { MONITOR_MODES, MonitorMode, StartMonitorRequest } from '@switchboard/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class StartMonitorDto implements StartMonitorRequest {
  @IsUUID('all', { message: 'must be a UUID' })
  agentId!: string;

  @IsIn(MONITOR_MODES, { message: `must be one of ${MONITOR_MODES.join(', ')}` })
  mode!: MonitorMode;
}
