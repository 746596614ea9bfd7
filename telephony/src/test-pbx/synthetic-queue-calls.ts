import { amiFrame } from '../asterisk-ami/ami-frame';
import { SyntheticCall } from './synthetic-calls';

export interface SyntheticQueueCallSpec {
  /** Becomes the call's Linkedid, unique per run. */
  linkedid: string;
  callerNumber: string;
  queue: string;
  did?: string;
}

/** A caller in a queue: the frames of joining it, of it ringing one agent after another, and of giving up. */
export interface SyntheticQueueCall {
  join: string[];
  /**
   * The queue rings `agent` for this caller: answering takes the caller out of the queue; no answer or a
   * refusal leaves them waiting for the next agent.
   */
  offer(agent: string): SyntheticCall;
  /** The caller hangs up after waiting `waitSeconds`, while no phone rings for them. */
  abandon(waitSeconds: number): string[];
}

let legSequence = 0;
const leg = () => (legSequence = (legSequence + 1) % 0xffffff).toString(16).padStart(8, '0');

/**
 * A queue call in the shape Asterisk 22 reports it (queue_answered_sip.ami, queue_abandon.ami,
 * queue_webrtc_reject.ami): QueueCallerJoin; per agent AgentCalled, then QueueCallerLeave + AgentConnect +
 * BridgeEnter, AgentComplete and the Hangups, or AgentRingNoAnswer and the agent leg's Hangup; or
 * QueueCallerAbandon + QueueCallerLeave + Hangup. Trimmed to the fields the adapter reads.
 */
export function syntheticQueueCall({
  linkedid,
  callerNumber,
  queue,
  did = '380443334455',
}: SyntheticQueueCallSpec): SyntheticQueueCall {
  const caller = {
    Channel: `PJSIP/trunk-${leg()}`,
    CallerIDNum: callerNumber,
    Uniqueid: linkedid,
    Linkedid: linkedid,
  };
  const inQueue = { ...caller, Queue: queue };
  const leave = amiFrame({ Event: 'QueueCallerLeave', ...inQueue, Position: 1, Count: 0 });
  const callerHangup = amiFrame({ Event: 'Hangup', ...caller, Cause: 16 });
  let offers = 0;
  return {
    join: [
      amiFrame({ Event: 'Newchannel', ...caller, Context: 'crm-inbound', Exten: did, ChannelState: 0 }),
      amiFrame({ Event: 'QueueCallerJoin', ...inQueue, Position: 1, Count: 1 }),
    ],
    offer(agent) {
      offers += 1;
      const phone = `PJSIP/${agent}-${leg()}`;
      const phoneId = `${linkedid}${offers}`;
      const member = { ...inQueue, DestChannel: phone, DestUniqueid: phoneId, Interface: `PJSIP/${agent}` };
      const agentLeg = { Channel: phone, Uniqueid: phoneId, Linkedid: linkedid };
      const unanswered = (cause: number) => [
        amiFrame({ Event: 'AgentRingNoAnswer', ...member, RingTime: 15 }),
        amiFrame({ Event: 'Hangup', ...agentLeg, Cause: cause }),
      ];
      return {
        linkedid,
        agentChannel: phone,
        ring: [
          amiFrame({ Event: 'Newchannel', ...agentLeg, CallerIDNum: agent }),
          amiFrame({ Event: 'AgentCalled', ...member }),
        ],
        answer: [
          leave,
          amiFrame({ Event: 'AgentConnect', ...member, HoldTime: 0, RingTime: 0 }),
          amiFrame({ Event: 'BridgeEnter', ...caller, BridgeUniqueid: `bridge-${linkedid}` }),
        ],
        hold: [amiFrame({ Event: 'Hold', ...agentLeg, MusicClass: 'default' })],
        unhold: [amiFrame({ Event: 'Unhold', ...agentLeg })],
        hangup: [
          amiFrame({ Event: 'AgentComplete', ...member, HoldTime: 0, TalkTime: 0, Reason: 'agent' }),
          amiFrame({ Event: 'Hangup', ...agentLeg, Cause: 16 }),
          callerHangup,
        ],
        noAnswer: unanswered(19),
        reject: unanswered(17),
      };
    },
    abandon(waitSeconds) {
      return [
        amiFrame({
          Event: 'QueueCallerAbandon',
          ...inQueue,
          Position: 1,
          OriginalPosition: 1,
          HoldTime: waitSeconds,
        }),
        leave,
        callerHangup,
      ];
    },
  };
}
