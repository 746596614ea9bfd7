import { AmiMessage, amiFrame } from '@switchboard/telephony';

/**
 * What Asterisk reports for an Originate into crm-click-to-call (agent's phone first, then the customer):
 * the agent's ring, their pick-up and the customer's leg answering, then both legs hanging up.
 */
export function clickToCallFrames(action: AmiMessage): { connect: string[]; hangup: string[] } {
  const linkedid = action['channelid'];
  const agentChannel = `${action['channel']}-c2c`;
  const number = action['exten'];
  const agentLeg = { Channel: agentChannel, Uniqueid: linkedid, Linkedid: linkedid };
  const customerLeg = {
    Channel: `PJSIP/trunk-${linkedid.slice(0, 8)}`,
    Uniqueid: `${linkedid}-2`,
    Linkedid: linkedid,
  };
  const towardsAgent = { DestChannel: agentChannel, DestUniqueid: linkedid, DestLinkedid: linkedid };
  const connect = [
    amiFrame({ Event: 'Newchannel', ...agentLeg, Context: 'crm-click-to-call', Exten: number }),
    amiFrame({ Event: 'DialBegin', ...towardsAgent, DestConnectedLineNum: number }),
    amiFrame({ Event: 'DialEnd', ...towardsAgent, DialStatus: 'ANSWER' }),
    amiFrame({ Event: 'Newchannel', ...customerLeg, Exten: number }),
    amiFrame({ Event: 'DialBegin', ...agentLeg, DestChannel: customerLeg.Channel, DestExten: number }),
    amiFrame({ Event: 'DialEnd', ...agentLeg, DestChannel: customerLeg.Channel, DialStatus: 'ANSWER' }),
  ];
  const hangup = [
    amiFrame({ Event: 'Hangup', ...customerLeg, Cause: 16 }),
    amiFrame({ Event: 'Hangup', ...agentLeg, Cause: 16 }),
  ];
  return { connect, hangup };
}
