import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { AgentPresence } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';
import { NoExtensionError } from '../users/users.errors';
import { PBX_EVENT } from '../pbx/pbx.events';
import { PbxService } from '../pbx/pbx.service';
import { ExtensionDirectory } from '../users/extension-directory.service';
import { PauseDto } from './dto/pause.dto';
import { nextPresence } from './presence-state';

/**
 * Agents' presence as the PBX reports it (queue membership, pause, the phone's state), told to the agent
 * and to supervisors as it changes. Logging in to queues and pausing go to the PBX; the state changes when
 * the PBX confirms them with its events, so the screen never shows what the PBX did not do.
 */
@Injectable()
export class PresenceService {
  private readonly byExtension = new Map<string, AgentPresence>();

  constructor(
    private readonly pbx: PbxService,
    private readonly directory: ExtensionDirectory,
    private readonly publisher: RealtimePublisher,
  ) {}

  @OnEvent(PBX_EVENT)
  handle(event: PbxEvent): void {
    if (event.type !== 'agent.deviceChanged' && event.type !== 'agent.queueChanged') return;
    const owner = this.directory.owner(event.agent);
    if (!owner) return;
    const next = nextPresence(this.byExtension.get(event.agent), owner.id, event);
    if (!next) return;
    this.byExtension.set(event.agent, next);
    this.publisher.toUser(owner.id, 'agent.statusChanged', next);
    this.publisher.toSupervisors('agent.statusChanged', next);
  }

  mine(user: AuthenticatedUser): AgentPresence {
    const extension = this.extensionOf(user);
    return (
      this.byExtension.get(extension) ?? {
        userId: user.id,
        extension,
        device: 'unknown',
        queues: [],
        updatedAt: new Date().toISOString(),
      }
    );
  }

  /** Everyone with an extension the PBX has told us about. */
  all(): AgentPresence[] {
    return [...this.byExtension.values()].filter((presence) => this.directory.owner(presence.extension));
  }

  joinQueue(user: AuthenticatedUser, queue: string): Promise<void> {
    return this.pbx.addQueueMember({ agent: this.extensionOf(user), queue });
  }

  leaveQueue(user: AuthenticatedUser, queue: string): Promise<void> {
    return this.pbx.removeQueueMember({ agent: this.extensionOf(user), queue });
  }

  pause(user: AuthenticatedUser, { paused, reason, queue }: PauseDto): Promise<void> {
    return this.pbx.pauseQueueMember({ agent: this.extensionOf(user), paused, reason, queue });
  }

  private extensionOf(user: AuthenticatedUser): string {
    const extension = this.directory.extensionOf(user.id);
    if (!extension) throw new NoExtensionError();
    return extension;
  }
}
