import { Inject, Injectable, Logger } from '@nestjs/common';
import { DemoLineState, DemoPhoneAction, DemoPhoneLine } from '@switchboard/contracts';
import { DEMO_ANSWER_ACTION, DEMO_HOLD_ACTION } from '@switchboard/telephony/test-pbx';
import { AuthenticatedUser } from '../../../core/auth/authenticated-user';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { ExtensionDirectory } from '../../users/extension-directory.service';
import { NoExtensionError } from '../../users/users.errors';
import { PbxService } from '../pbx.service';
import { DemoPhoneLines } from './demo-phone-lines';
import { DemoPhoneNoCallError, DemoPhoneUnavailableError } from './demo-phone.errors';

/** Q.850 causes of a hang-up: the agent refusing a ringing call, and an ordinary end of a call. */
const CALL_REJECTED = 21;
const NORMAL_CLEARING = 16;

interface Step {
  /** The line states the action fits. */
  from: DemoLineState[];
  /** The line once the PBX took the action. */
  to: DemoLineState;
  ami: (extension: string) => { action: string; fields: Record<string, string | number> };
}

/** Asterisk's `Hangup` takes a channel regex between slashes: every leg of the agent's endpoint. */
const agentChannels = (extension: string) => `/^PJSIP\\/${extension}-/`;

const STEPS: Record<DemoPhoneAction, Step> = {
  answer: {
    from: ['ringing'],
    to: 'talking',
    ami: (extension) => ({ action: DEMO_ANSWER_ACTION, fields: { Agent: extension } }),
  },
  reject: {
    from: ['ringing'],
    to: 'idle',
    ami: (extension) => ({
      action: 'Hangup',
      fields: { Channel: agentChannels(extension), Cause: CALL_REJECTED },
    }),
  },
  hangup: {
    from: ['talking', 'held'],
    to: 'idle',
    ami: (extension) => ({
      action: 'Hangup',
      fields: { Channel: agentChannels(extension), Cause: NORMAL_CLEARING },
    }),
  },
  hold: {
    from: ['talking'],
    to: 'held',
    ami: (extension) => ({ action: DEMO_HOLD_ACTION, fields: { Agent: extension, Hold: 'true' } }),
  },
  resume: {
    from: ['held'],
    to: 'talking',
    ami: (extension) => ({ action: DEMO_HOLD_ACTION, fields: { Agent: extension, Hold: 'false' } }),
  },
};

/**
 * The console's phone when the PBX is the built-in simulator and no SIP server exists: the agent answers,
 * rejects, holds and hangs up the call at their own extension, over the same AMI link as everything else,
 * and the call becomes answered, held, missed or ended because the PBX says so.
 */
@Injectable()
export class DemoPhoneService {
  private readonly logger = new Logger(DemoPhoneService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pbx: PbxService,
    private readonly directory: ExtensionDirectory,
    private readonly lines: DemoPhoneLines,
  ) {}

  line(user: AuthenticatedUser): DemoPhoneLine {
    const line = this.lines.line(this.extensionOf(user));
    return line ? { callId: line.callId, state: line.state } : { callId: null, state: 'idle' };
  }

  async act(user: AuthenticatedUser, action: DemoPhoneAction): Promise<DemoPhoneLine> {
    const extension = this.extensionOf(user);
    const line = this.lines.line(extension);
    const step = STEPS[action];
    if (!line || !step.from.includes(line.state)) throw new DemoPhoneNoCallError(action);
    const ami = step.ami(extension);
    await this.pbx.amiAction(ami.action, ami.fields);
    this.logger.log({ callId: line.callId, userId: user.id, action }, 'Demo phone action');
    return { callId: line.callId, state: step.to };
  }

  private extensionOf(user: AuthenticatedUser): string {
    if (this.config.pbx.mode !== 'simulator') throw new DemoPhoneUnavailableError();
    const extension = this.directory.extensionOf(user.id);
    if (!extension) throw new NoExtensionError();
    return extension;
  }
}
