import { AmiClient, AmiClientOptions } from './ami-client';
import { SURVEY_CHANNEL_PREFIX } from './asterisk-surveys';

export interface SurveyCallRequest {
  attemptId: string;
  /** The dial string of the client's number through the trunk, `PJSIP/+380671234567@provider` say. */
  dial: string;
  /** The number the client sees; left out: the trunk's default. */
  callerId?: string;
  /** Channel variables crm-survey reads (dialplans/README.md); values must not hold commas. */
  variables: Record<string, string>;
  /** How long the client's phone may ring. */
  ringSeconds: number;
}

/**
 * Places survey calls from the worker: its own AMI session, logged in without events (the API's session
 * hears the calls' events), sending `Originate` into crm-survey with the attempt in the channel's id. Reminder
 * calls are placed the same way into crm-reminder under their own channel prefix.
 */
export class AsteriskSurveyDialer {
  private readonly client: AmiClient;

  constructor(
    options: AmiClientOptions,
    private readonly context = 'crm-survey',
    private readonly channelPrefix = SURVEY_CHANNEL_PREFIX,
  ) {
    this.client = new AmiClient({ ...options, events: false });
  }

  start(): Promise<void> {
    return this.client.connect();
  }

  stop(): Promise<void> {
    return this.client.close();
  }

  get connected(): boolean {
    return this.client.connected;
  }

  /** Resolves once the PBX accepted the call; how it went arrives later as `survey.dialed` on the event link. */
  async dial({ attemptId, dial, callerId, variables, ringSeconds }: SurveyCallRequest): Promise<void> {
    // Asterisk splits each Variable header at commas (main/manager.c), so one header carries them all.
    const variable = Object.entries(variables)
      .map(([name, value]) => `${name}=${value}`)
      .join(',');
    await this.client.action('Originate', {
      Channel: dial,
      Context: this.context,
      Exten: 's',
      Priority: 1,
      CallerID: callerId,
      Async: 'true',
      ChannelId: `${this.channelPrefix}${attemptId}`,
      Timeout: ringSeconds * 1000,
      Variable: variable,
    });
  }
}
