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

/**
 * The frames of one call, in the moments a generator plays them: ring, then answer and hang-up (with hold
 * and resume between), or the ring ending unanswered (`noAnswer`) or refused by the agent's phone (`reject`).
 */
export interface SyntheticCall {
  linkedid: string;
  /** The agent's leg (`PJSIP/<agent>-<sequence>`), the channel an AMI `Hangup` names. */
  agentChannel: string;
  ring: string[];
  answer: string[];
  hold: string[];
  unhold: string[];
  hangup: string[];
  noAnswer: string[];
  reject: string[];
}

let channelSequence = 0;

/**
 * A direct inbound call from a trunk to an agent's endpoint in the shape Asterisk 22 reports it
 * (Newchannel, DialBegin, DialEnd ANSWER, BridgeEnter, Hold/Unhold of the agent's leg, Hangup of both legs;
 * unanswered: DialEnd NOANSWER, and a refusing phone's leg hangs up with cause 17 as in
 * queue_webrtc_reject.ami), trimmed to the fields the adapter reads. For load and demos; the recorded
 * streams stay the truth for behaviour.
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
  const agentLeg = { Channel: phone, Uniqueid: phoneId, Linkedid: linkedid };
  const hangup = (cause: number) => [
    amiFrame({ Event: 'Hangup', ...agentLeg, Cause: cause }),
    amiFrame({ Event: 'Hangup', ...caller, Cause: 16 }),
  ];
  const unanswered = amiFrame({ Event: 'DialEnd', ...caller, ...dest, DialStatus: 'NOANSWER' });
  return {
    linkedid,
    agentChannel: phone,
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
    hold: [amiFrame({ Event: 'Hold', ...agentLeg, MusicClass: 'default' })],
    unhold: [amiFrame({ Event: 'Unhold', ...agentLeg })],
    hangup: hangup(16),
    noAnswer: [unanswered, ...hangup(19)],
    reject: [unanswered, ...hangup(17)],
  };
}
