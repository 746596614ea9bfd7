import { amiFrame } from '../asterisk-ami/ami-frame';
import { AmiMessage } from '../asterisk-ami/ami-parser';
import { monitorSessionOf } from '../asterisk-ami/asterisk-monitor';
import { ActionScript, ScriptedAmiServer } from './scripted-ami-server';

interface Spy {
  channel: string;
  uniqueid: string;
  agent: string;
}

export interface MonitorConfirmations {
  /** The agent's call ends: every spy on it hangs up, as ChanSpy's `E` option does. */
  endCallOf(agent: string): void;
  /** Spy channels alive now. */
  readonly live: number;
}

/**
 * Makes the scripted PBX answer supervisors' monitoring as Asterisk 22 does (trimmed from
 * `asterisk-ami/__fixtures__/chanspy_listen_switch.ami`): an Originate whose ChannelId starts with `monitor-`
 * rings and answers at once and ChanSpy starts; PlayDTMF on the spy channel is acknowledged with DTMFEnd; its
 * Hangup ends it. Other Originates and Hangups go to the scripts set before (the demo's click-to-call and phones).
 */
export function confirmMonitorActions(pbx: ScriptedAmiServer): MonitorConfirmations {
  const spies = new Map<string, Spy>();
  let sequence = 0;
  const find = (channel: string | undefined) =>
    [...spies.values()].find((spy) => spy.channel === channel || spy.uniqueid === channel);
  const hangup = (spy: Spy, cause: number): string[] => {
    spies.delete(spy.uniqueid);
    return [
      amiFrame({ Event: 'ChanSpyStop', SpyerChannel: spy.channel, SpyerUniqueid: spy.uniqueid }),
      amiFrame({
        Event: 'Hangup',
        Channel: spy.channel,
        Uniqueid: spy.uniqueid,
        Linkedid: spy.uniqueid,
        Context: 'crm-monitor',
        Cause: cause,
      }),
    ];
  };
  const originate = pbx.scriptOf('Originate');
  const otherHangup = pbx.scriptOf('Hangup');
  pbx.onAction('Originate', (action) => {
    if (!monitorSessionOf(action['channelid'])) return originate?.(action) ?? [];
    const spy = {
      channel: `${action['channel']}-${(++sequence).toString(16).padStart(8, '0')}`,
      uniqueid: action['channelid'],
      agent: action['exten'],
    };
    spies.set(spy.uniqueid, spy);
    return startFrames(spy, action);
  });
  pbx.onAction('PlayDTMF', (action) => {
    const spy = find(action['channel']);
    if (!spy) return { error: 'Channel not found' };
    return [
      amiFrame({
        Event: 'DTMFEnd',
        Channel: spy.channel,
        Uniqueid: spy.uniqueid,
        Linkedid: spy.uniqueid,
        Digit: action['digit'],
        Direction: 'Received',
      }),
    ];
  });
  const hangupScript: ActionScript = (action) => {
    const spy = find(action['channel']);
    if (spy) return hangup(spy, 0);
    if (monitorSessionOf(action['channel'])) return { error: 'No such channel' };
    return otherHangup?.(action) ?? [];
  };
  pbx.onAction('Hangup', hangupScript);
  return {
    endCallOf: (agent) => {
      const ending = [...spies.values()].filter((spy) => spy.agent === agent);
      pbx.broadcast(ending.flatMap((spy) => hangup(spy, 16)));
    },
    get live() {
      return spies.size;
    },
  };
}

function startFrames(spy: Spy, action: AmiMessage): string[] {
  const own = { Channel: spy.channel, Uniqueid: spy.uniqueid, Linkedid: spy.uniqueid };
  const dest = { DestChannel: spy.channel, DestUniqueid: spy.uniqueid, DestLinkedid: spy.uniqueid };
  return [
    amiFrame({ Event: 'Newchannel', ...own, Context: 'crm-agents', Exten: 's' }),
    amiFrame({ Event: 'DialBegin', ...dest, DialString: action['channel'].replace(/^PJSIP\//, '') }),
    amiFrame({ Event: 'DialEnd', ...dest, DialStatus: 'ANSWER' }),
    amiFrame({
      Event: 'OriginateResponse',
      ActionID: action['actionid'],
      Response: 'Success',
      Channel: spy.channel,
      Context: action['context'],
      Exten: action['exten'],
      Uniqueid: spy.uniqueid,
    }),
    amiFrame({
      Event: 'ChanSpyStart',
      SpyerChannel: spy.channel,
      SpyerUniqueid: spy.uniqueid,
      SpyerLinkedid: spy.uniqueid,
      SpyeeChannel: `PJSIP/${spy.agent}-0000beef`,
    }),
  ];
}
