import { Logger } from '@nestjs/common';
import {
  DemoPhones,
  DemoQueues,
  QueueMembers,
  ReminderResponses,
  ScriptedAmiServer,
  SurveyResponses,
  SyntheticTraffic,
  answerReminderCalls,
  answerSurveyCalls,
  confirmMonitorActions,
  confirmQueueActions,
  demoReminderReply,
  demoSurveyReply,
} from '@switchboard/telephony/test-pbx';
import { clickToCallFrames } from './click-to-call-frames';

const KNOWN_CALLER_SHARE = 0.7;
const CALLER_REFRESH_MS = 5000;
const CLICK_TO_CALL_TALK_MS = 20_000;
const DEMO_QUEUES = ['sales', 'support'];
/** A demo caller in a queue waits this long at least, and up to twice as long, before hanging up. */
const PATIENCE_MS = 20_000;
/** A demo client takes this long to answer a survey or reminder call, and again for each question or key. */
const SURVEY_STEP_MS = 2500;

export interface PbxSimulatorOptions {
  callsPerMinute: number;
  /** How long a demo phone rings before the call ends unanswered. */
  ringSeconds: number;
  /** 0: any free port. */
  amiPort: number;
  credentials: { username: string; secret: string };
  /** Records an answered demo call, returning the path the PBX names it by (`SB_RECORDING`); absent: none. */
  record?: (linkedid: string) => string | null;
}

/** Whether the demo PBX may ring this extension now (its user is on the console, not paused, …). */
export type RingRule = (extension: string) => boolean;

/**
 * The demo PBX (`PBX_MODE=simulator`): a scripted AMI server on loopback that rings agents with calls from
 * the clients' own numbers (and some unknown ones), and plays click-to-calls. Agents in a queue get its
 * callers, who wait while every member is busy and give up in time; the others get direct calls. Each call
 * rings a demo phone that waits for the agent's console to answer or reject it, one call per phone; queue
 * log-ins and pauses are confirmed as Asterisk does. Whom it rings is the backend's rule (`ringOnly`); until one is given,
 * nobody. The backend talks to it through the real Asterisk adapter, so the demo exercises the production path.
 */
export class PbxSimulator {
  private readonly logger = new Logger(PbxSimulator.name);
  private readonly server: ScriptedAmiServer;
  private readonly amiPort: number;
  private readonly traffic: SyntheticTraffic;
  private readonly queues: DemoQueues;
  private readonly members: QueueMembers;
  private knownNumbers: string[] = [];
  private refresh: NodeJS.Timeout | null = null;
  private readonly hangups = new Set<NodeJS.Timeout>();
  private readonly phones: DemoPhones;
  private readonly surveys: SurveyResponses;
  private readonly reminders: ReminderResponses;
  private mayRing: RingRule = () => false;

  constructor(
    private readonly clientNumbers: (limit: number) => Promise<string[]>,
    extensions: () => string[],
    { callsPerMinute, ringSeconds, amiPort, credentials, record }: PbxSimulatorOptions,
  ) {
    this.server = new ScriptedAmiServer(credentials);
    this.amiPort = amiPort;
    this.phones = new DemoPhones(this.server, { ringTimeoutMs: ringSeconds * 1000, recording: record });
    this.members = confirmQueueActions(this.server);
    const free = (extension: string) => !this.phones.busy(extension) && this.mayRing(extension);
    this.traffic = new SyntheticTraffic(this.server, {
      callsPerSecond: callsPerMinute / 60,
      agents: () => extensions().filter((extension) => free(extension) && !this.inAQueue(extension)),
      nextCaller: () => this.nextCaller(),
      takeCall: (agent, call) => this.phones.ring(agent, call),
    });
    this.queues = new DemoQueues(this.server, {
      queues: DEMO_QUEUES,
      callsPerSecond: callsPerMinute / 60,
      nextCaller: () => this.nextCaller(),
      membersOf: (queue) => this.members.membersOf(queue),
      mayRing: free,
      offer: (agent, call, outcome) => this.phones.ring(agent, call, outcome),
      patienceMs: () => PATIENCE_MS * (1 + Math.random()),
    });
    this.server.setList(
      'QueueSummary',
      DEMO_QUEUES.map((queue) => ({
        Event: 'QueueSummary',
        Queue: queue,
        LoggedIn: 0,
        Available: 0,
        Callers: 0,
      })),
    );
    this.server.onAction('Originate', (action) => {
      const { connect, hangup } = clickToCallFrames(action);
      const timer = setTimeout(() => {
        this.hangups.delete(timer);
        this.server.broadcast(hangup);
      }, CLICK_TO_CALL_TALK_MS);
      this.hangups.add(timer);
      return connect;
    });
    // After the click-to-call and the phones' Hangup: a supervisor's monitoring call is answered at once and
    // lasts until it is stopped (the demo's calls do not end it).
    confirmMonitorActions(this.server);
    this.surveys = answerSurveyCalls(this.server, (call) => demoSurveyReply(call), SURVEY_STEP_MS);
    // After the surveys' script, which hands it every Originate that is not a survey call.
    this.reminders = answerReminderCalls(this.server, () => demoReminderReply(), SURVEY_STEP_MS);
  }

  /** From now on only extensions that `rule` accepts are rung. */
  ringOnly(rule: RingRule): void {
    this.mayRing = rule;
  }

  async start(): Promise<number> {
    const port = await this.server.listen(this.amiPort);
    await this.loadKnownNumbers();
    this.refresh = setInterval(
      () =>
        this.loadKnownNumbers().catch((error: Error) =>
          this.logger.warn({ reason: error.message }, 'Could not refresh the callers'),
        ),
      CALLER_REFRESH_MS,
    );
    this.traffic.start();
    this.queues.start();
    this.logger.log({ port }, 'PBX simulator ringing agents');
    return port;
  }

  async stop(): Promise<void> {
    if (this.refresh) clearInterval(this.refresh);
    this.traffic.stop();
    this.queues.stop();
    this.phones.stop();
    this.surveys.stop();
    this.reminders.stop();
    this.hangups.forEach((timer) => clearTimeout(timer));
    await this.server.close();
  }

  private inAQueue(extension: string): boolean {
    return DEMO_QUEUES.some((queue) => this.members.membersOf(queue).includes(extension));
  }

  private nextCaller(): string {
    if (this.knownNumbers.length > 0 && Math.random() < KNOWN_CALLER_SHARE) {
      return this.knownNumbers[Math.floor(Math.random() * this.knownNumbers.length)];
    }
    return `+38067${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
  }

  private async loadKnownNumbers(): Promise<void> {
    this.knownNumbers = await this.clientNumbers(200);
  }
}
