import { amiFrame } from '../asterisk-ami/ami-frame';

export interface SyntheticCallSpec {
  /** Becomes the call's Linkedid; `1795424299.17` style, unique per run. */
  linkedid: string;
  callerNumber: string;
  /** The agent's extension whose phone rings (`PJSIP/<agent>`). */
  agent: string;
  /** The number the customer dialled. */
  did?: string;
}

/** The frames of one call, in the three moments a generator plays them. */
export interface SyntheticCall {
  ring: string[];
  answer: string[];
  hangup: string[];
}

let channelSequence = 0;

/**
 * A direct inbound call from a trunk to an agent's endpoint in the shape Asterisk 22 reports it
 * (Newchannel, DialBegin, DialEnd ANSWER, BridgeEnter, Hangup of both legs), trimmed to the fields the
 * adapter reads. For load and demos; the recorded streams stay the truth for behaviour.
 */
export function syntheticCall({
  linkedid,
  callerNumber,
  agent,
  did = '380443334455',
}: SyntheticCallSpec): SyntheticCall {
  const sequence = (channelSequence = (channelSequence + 2) % 0xffffff);
  const trunk = `PJSIP/trunk-${sequence.toString(16).padStart(8, '0')}`;
  const phone = `PJSIP/${agent}-${(sequence + 1).toString(16).padStart(8, '0')}`;
  const trunkId = linkedid;
  const phoneId = `${linkedid}1`;
  const caller = { Channel: trunk, CallerIDNum: callerNumber, Uniqueid: trunkId, Linkedid: linkedid };
  const dest = { DestChannel: phone, DestCallerIDNum: agent, DestUniqueid: phoneId, DestLinkedid: linkedid };
  return {
    ring: [
      amiFrame({ Event: 'Newchannel', ...caller, Context: 'crm-inbound', Exten: did, ChannelState: 0 }),
      amiFrame({
        Event: 'Newchannel',
        Channel: phone,
        CallerIDNum: agent,
        Uniqueid: phoneId,
        Linkedid: linkedid,
      }),
      amiFrame({ Event: 'DialBegin', ...caller, ...dest, DialString: agent }),
    ],
    answer: [
      amiFrame({ Event: 'DialEnd', ...caller, ...dest, DialStatus: 'ANSWER' }),
      amiFrame({ Event: 'BridgeEnter', ...caller, BridgeUniqueid: `bridge-${linkedid}` }),
    ],
    hangup: [
      amiFrame({ Event: 'Hangup', Channel: phone, Uniqueid: phoneId, Linkedid: linkedid, Cause: 16 }),
      amiFrame({ Event: 'Hangup', ...caller, Cause: 16 }),
    ],
  };
}
