import { MonitorMode } from '@switchboard/contracts';
import { MonitorRequest } from '../port/pbx-adapter';
import { PbxEvent } from '../port/pbx-events';
import { AmiActionError } from './ami-client';
import { AmiMessage } from './ami-parser';

/**
 * The spy channel's `ChannelId`, and so its Uniqueid and Linkedid, is this prefix and the session's id: every
 * backend instance tells its events from calls without having started the session itself.
 */
const SPY_PREFIX = 'monitor-';
/** What `ChanSpy(…,d)` switches to on each DTMF digit (dialplans/extensions.conf, crm-monitor). */
const MODE_DIGIT: Record<MonitorMode, string> = { listen: '4', whisper: '5', barge: '6' };
const MODE_LABEL: Record<MonitorMode, string> = { listen: 'Listen', whisper: 'Whisper', barge: 'Barge' };
/** The Hangup action's answer for a channel Asterisk does not have (main/manager.c). */
const NO_SUCH_CHANNEL = 'No such channel';

type SendAction = (name: string, fields: Record<string, string | number | undefined>) => Promise<unknown>;

interface SpyChannel {
  /** `PJSIP/1002-00000004` once Newchannel or OriginateResponse named it. */
  channel: string | null;
  /** ChanSpy found the agent's channel: a digit now reaches it. */
  spying: boolean;
  /** A mode asked for before ChanSpy started, sent once it has. */
  pendingMode: MonitorMode | null;
}

/** The session behind a spy channel's uniqueid, or null for any other channel. */
export function monitorSessionOf(uniqueid: string | undefined): string | null {
  return uniqueid?.startsWith(SPY_PREFIX) ? uniqueid.slice(SPY_PREFIX.length) : null;
}

/** Whether an AMI event is about a supervisor's spy channel (such channels are not calls). */
export function isMonitorEvent(event: AmiMessage): boolean {
  return monitorSessionOf(event['linkedid'] ?? event['destlinkedid'] ?? event['uniqueid']) !== null;
}

/**
 * Supervisors' monitoring over AMI: an Originate of the supervisor's phone into the crm-monitor context, which
 * runs ChanSpy on the agent's channel; mode switches are DTMF digits queued on the spy channel as if the
 * supervisor had pressed them (PlayDTMF with Receive), stopping is a Hangup of it. Recorded on Asterisk 22.10.1:
 * `__fixtures__/chanspy_*.ami`.
 */
export class AsteriskMonitor {
  private readonly sessions = new Map<string, SpyChannel>();

  constructor(
    private readonly send: SendAction,
    private readonly context: string,
    private readonly now: () => Date,
  ) {}

  async start({ sessionId, supervisor, agent, mode }: MonitorRequest): Promise<void> {
    this.sessions.set(sessionId, { channel: null, spying: false, pendingMode: null });
    try {
      await this.send('Originate', {
        Channel: `PJSIP/${supervisor}`,
        Context: this.context,
        Exten: agent,
        Priority: 1,
        CallerID: `"${MODE_LABEL[mode]} ${agent}" <${agent}>`,
        Async: 'true',
        ChannelId: `${SPY_PREFIX}${sessionId}`,
        Variable: `SB_MONITOR_MODE=${mode}`,
        Timeout: 30_000,
      });
    } catch (error) {
      this.sessions.delete(sessionId);
      throw error;
    }
  }

  /** Before ChanSpy runs (the supervisor's phone still rings) the mode is kept and sent at ChanSpyStart. */
  async changeMode(sessionId: string, mode: MonitorMode): Promise<void> {
    const session = this.sessions.get(sessionId);
    if (session && !session.spying) {
      session.pendingMode = mode;
      return;
    }
    await this.playDigit(sessionId, mode);
  }

  async stop(sessionId: string): Promise<void> {
    try {
      await this.send('Hangup', { Channel: this.channelOf(sessionId) });
    } catch (error) {
      const gone = error instanceof AmiActionError && error.response['message'] === NO_SUCH_CHANNEL;
      if (!gone) throw error;
    }
  }

  /** What one AMI event means for monitoring: the end of a session, or nothing. */
  handle(event: AmiMessage): PbxEvent[] {
    switch (event['event']) {
      case 'Newchannel':
        this.name(monitorSessionOf(event['uniqueid']), event['channel']);
        return [];
      case 'OriginateResponse': {
        const sessionId = monitorSessionOf(event['uniqueid']);
        this.name(sessionId, event['channel']);
        return event['response'] === 'Failure' ? this.end(sessionId) : [];
      }
      case 'ChanSpyStart':
        this.spying(monitorSessionOf(event['spyeruniqueid']));
        return [];
      case 'Hangup':
        return this.end(monitorSessionOf(event['uniqueid']));
      default:
        return [];
    }
  }

  /**
   * After a (re)connect, from `CoreShowChannels`: spy channels alive now are known from here on (whoever started
   * them), and sessions whose channel is gone ended while the link was down. A session whose channel was never
   * seen may still be on its way (an Originate just accepted) and is left alone.
   */
  resync(channels: AmiMessage[]): PbxEvent[] {
    const live = new Map<string, string>();
    for (const item of channels) {
      const sessionId = monitorSessionOf(item['uniqueid']);
      if (sessionId) live.set(sessionId, item['channel']);
    }
    const ended = [...this.sessions]
      .filter(([sessionId, session]) => session.channel !== null && !live.has(sessionId))
      .map(([sessionId]) => sessionId);
    for (const [sessionId, channel] of live) {
      const session = this.sessions.get(sessionId);
      // Already in ChanSpy or not, a digit sent now is no worse than one never sent.
      if (session) session.channel = channel;
      else this.sessions.set(sessionId, { channel, spying: true, pendingMode: null });
    }
    return ended.flatMap((sessionId) => this.end(sessionId));
  }

  private name(sessionId: string | null, channel: string | undefined): void {
    if (!sessionId || !channel) return;
    const session = this.sessions.get(sessionId);
    if (session) session.channel = channel;
    else this.sessions.set(sessionId, { channel, spying: false, pendingMode: null });
  }

  private spying(sessionId: string | null): void {
    const session = sessionId ? this.sessions.get(sessionId) : undefined;
    if (!sessionId || !session) return;
    session.spying = true;
    const mode = session.pendingMode;
    session.pendingMode = null;
    // Nobody awaits this digit: a failure only means the call is ending, and its Hangup says so.
    if (mode) this.playDigit(sessionId, mode).catch(() => undefined);
  }

  private playDigit(sessionId: string, mode: MonitorMode): Promise<unknown> {
    return this.send('PlayDTMF', {
      Channel: this.channelOf(sessionId),
      Digit: MODE_DIGIT[mode],
      Duration: 250,
      Receive: 'true',
    });
  }

  /** The spy channel's name; before it is known its uniqueid, which Asterisk's channel look-up accepts too. */
  private channelOf(sessionId: string): string {
    return this.sessions.get(sessionId)?.channel ?? `${SPY_PREFIX}${sessionId}`;
  }

  private end(sessionId: string | null): PbxEvent[] {
    if (!sessionId || !this.sessions.delete(sessionId)) return [];
    return [{ type: 'monitor.ended', at: this.now(), sessionId }];
  }
}
