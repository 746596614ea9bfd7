import { ChangeMonitorModeRequest, MONITOR_MODES, MonitorMode } from '@switchboard/contracts';
import { IsIn } from 'class-validator';

export class ChangeMonitorModeDto implements ChangeMonitorModeRequest {
  @IsIn(MONITOR_MODES, { message: `must be one of ${MONITOR_MODES.join(', ')}` })
  mode!: MonitorMode;
}
