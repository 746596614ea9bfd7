import { DeviceState } from '@switchboard/contracts';
import { PbxEvent } from '../port/pbx-events';
import { AmiMessage } from './ami-parser';
import { channelExtension } from './channel-extension';

/** `Status` of queue members (app_queue's AST_DEVICE_* numbers). */
const MEMBER_STATUS: Record<string, DeviceState> = {
  '0': 'unknown',
  '1': 'not-in-use',
  '2': 'in-use',
  '3': 'busy',
  '4': 'unavailable',
  '5': 'unavailable',
  '6': 'ringing',
  '7': 'ringing',
  '8': 'on-hold',
};

/** `State` of DeviceStateChange. */
const DEVICE_STATE: Record<string, DeviceState> = {
  UNKNOWN: 'unknown',
  NOT_INUSE: 'not-in-use',
  INUSE: 'in-use',
  BUSY: 'busy',
  INVALID: 'unavailable',
  UNAVAILABLE: 'unavailable',
  RINGING: 'ringing',
  RINGINUSE: 'ringing',
  ONHOLD: 'on-hold',
};

const MEMBERSHIP_EVENTS = new Set([
  'QueueMemberStatus',
  'QueueMemberAdded',
  'QueueMemberPause',
  'QueueMember',
]);

/**
 * Agent presence from AMI: queue membership and pause from the QueueMember* events (and the `QueueMember`
 * items of a QueueStatus list), members named by extension whatever their interface (`PJSIP/1001`,
 * `Local/1001@agents`); the phone's state from DeviceStateChange of agents' endpoints only.
 */
export function presenceEvents(event: AmiMessage, at: Date): PbxEvent[] {
  const name = event['event'];
  if (name === 'DeviceStateChange') {
    const agent = endpointExtension(event['device']);
    const device = DEVICE_STATE[event['state']];
    return agent && device ? [{ type: 'agent.deviceChanged', at, agent, device }] : [];
  }
  if (!MEMBERSHIP_EVENTS.has(name) && name !== 'QueueMemberRemoved') return [];
  const agent = channelExtension(event['interface'] ?? event['location'] ?? event['stateinterface']);
  if (!agent || !event['queue']) return [];
  const member = name !== 'QueueMemberRemoved';
  const paused = member && event['paused'] === '1';
  const queueChanged: PbxEvent = {
    type: 'agent.queueChanged',
    at,
    agent,
    queue: event['queue'],
    member,
    paused,
    pauseReason: paused ? event['pausedreason'] || null : null,
  };
  const device = MEMBER_STATUS[event['status']];
  return member && device
    ? [queueChanged, { type: 'agent.deviceChanged', at, agent, device }]
    : [queueChanged];
}

function endpointExtension(device: string | undefined): string | null {
  return device && /^(PJSIP|SIP)\//.test(device) ? channelExtension(device) : null;
}
