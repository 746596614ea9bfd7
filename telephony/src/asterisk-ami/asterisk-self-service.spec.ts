import { PbxEvent } from '../port/pbx-events';
import { AmiMessage, AmiParser } from './ami-parser';
import { AsteriskCallTracker } from './asterisk-call-tracker';

const L = '1795700000.9';
const caller = `Channel: PJSIP/trunk-00000021\r\nUniqueid: ${L}\r\nLinkedid: ${L}\r\nCallerIDNum: 0671234567\r\n`;
const agentLeg = `DestChannel: PJSIP/2002-00000022\r\nDestUniqueid: ${L}1\r\nInterface: PJSIP/2002\r\n`;

/**
 * A queue call after the crm-selfservice menu, as Asterisk 22 writes it with `channelvars =
 * SB_DID,...,SB_IVR_CHOICE`: one `ChanVariable:` line per variable of the caller's channel and
 * `DestChanVariable:` lines for the agent's leg, which inherited the choice.
 */
function stream(choice: string | null): string {
  const variables = (prefix: string) =>
    `${prefix}ChanVariable: SB_DID=380443334455\r\n` +
    `${prefix}ChanVariable: SB_IVR_CHOICE=${choice ?? ''}\r\n` +
    `${prefix}ChanVariable: SB_RECORDING=\r\n`;
  return [
    `Event: Newchannel\r\n${caller}Context: crm-inbound\r\nExten: 380443334455\r\n\r\n`,
    `Event: QueueCallerJoin\r\n${caller}${variables('')}Queue: support\r\nPosition: 1\r\nCount: 1\r\n\r\n`,
    `Event: AgentCalled\r\n${caller}${variables('')}${agentLeg}${variables('Dest')}Queue: support\r\n\r\n`,
  ].join('');
}

function ringing(text: string): Extract<PbxEvent, { type: 'agent.ringing' }> | undefined {
  const tracker = new AsteriskCallTracker({ now: () => new Date(0) });
  const messages: AmiMessage[] = [];
  new AmiParser({ message: (message) => messages.push(message), malformed: () => undefined }).push(
    `Asterisk Call Manager/11.0.0\r\n${text}`,
  );
  const events = messages.flatMap((message) => tracker.handle(message));
  return events.find(
    (event): event is Extract<PbxEvent, { type: 'agent.ringing' }> => event.type === 'agent.ringing',
  );
}

describe('AsteriskCallTracker and the self-service choice', () => {
  it('puts the SB_IVR_CHOICE the events carry on the agent ringing', () => {
    expect(ringing(stream('debt'))).toMatchObject({
      agent: '2002',
      queue: 'support',
      selfServiceChoice: 'debt',
    });
  });

  it('leaves it out when the caller made no choice or the dialplan sets none', () => {
    expect(ringing(stream(null))).not.toHaveProperty('selfServiceChoice');
    const plain = stream(null).replace(/^(Dest)?ChanVariable: .*\r\n/gm, '');
    expect(ringing(plain)).toMatchObject({ agent: '2002' });
    expect(ringing(plain)).not.toHaveProperty('selfServiceChoice');
  });
});
