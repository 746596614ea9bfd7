import { AmiMessage } from './ami-parser';
import { channelExtension } from './channel-extension';

const MEMBER_EVENTS = new Set(['queuemember', 'queuememberstatus', 'queuememberadded']);

/**
 * The queue member interface the PBX reports for each agent (`Local/1001@agents/n`, `PJSIP/1001`), so
 * QueuePause/QueueAdd/QueueRemove name the member Asterisk knows; `PJSIP/<ext>` only when it reported none.
 */
export class MemberInterfaces {
  private readonly byAgent = new Map<string, string>();

  /** Learns from QueueMember (QueueStatus items), QueueMemberStatus/Added; forgets on QueueMemberRemoved. */
  observe(message: AmiMessage): void {
    const event = message['event']?.toLowerCase();
    // QueueStatus items name the member `Location`; the QueueMember* events name it `Interface`.
    const iface = message['interface'] ?? message['location'];
    if (!event || !iface) return;
    const agent = channelExtension(iface) ?? channelExtension(message['stateinterface']);
    if (!agent) return;
    if (event === 'queuememberremoved') {
      if (this.byAgent.get(agent) === iface) this.byAgent.delete(agent);
    } else if (MEMBER_EVENTS.has(event)) this.byAgent.set(agent, iface);
  }

  of(agent: string): string {
    return this.byAgent.get(agent) ?? `PJSIP/${agent}`;
  }
}
