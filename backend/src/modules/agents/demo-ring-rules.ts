import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ConsoleAttendance } from '../../core/realtime/console-attendance';
import { PBX_SIMULATOR } from '../pbx/pbx-adapter.provider';
import { PbxSimulator } from '../pbx/simulator/pbx-simulator';
import { ExtensionDirectory } from '../users/extension-directory.service';
import { PresenceService } from './presence.service';

/**
 * Whom the demo PBX rings: never an agent who is paused or wrapping up; an agent in a queue as a queue would;
 * anyone else only when they are an operator with the console page open, so nobody is rung on a page
 * where they cannot answer, and an admin looking around is left alone.
 */
@Injectable()
export class DemoRingRules implements OnApplicationBootstrap {
  constructor(
    @Inject(PBX_SIMULATOR) private readonly simulator: PbxSimulator | null,
    private readonly directory: ExtensionDirectory,
    private readonly presence: PresenceService,
    private readonly attendance: ConsoleAttendance,
  ) {}

  onApplicationBootstrap(): void {
    this.simulator?.ringOnly((extension) => this.mayRing(extension));
  }

  mayRing(extension: string): boolean {
    const owner = this.directory.owner(extension);
    if (!owner) return false;
    const presence = this.presence.presenceFor(owner.id, extension);
    if (presence.status !== 'available') return false;
    if (presence.queues.length > 0) return true;
    return owner.role === 'operator' && this.attendance.isOnConsole(owner.id);
  }
}
