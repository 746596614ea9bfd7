import { Provider } from '@nestjs/common';
import { AsteriskSurveyDialer, REMINDER_CHANNEL_PREFIX, REMINDER_CONTEXT } from '@switchboard/telephony';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { simulatorCredentials } from '../../pbx/simulator/simulator-credentials';

/** The worker's AMI session for reminder calls, or null when no PBX can place them. */
export const REMINDER_DIALER = Symbol('REMINDER_DIALER');

export const reminderDialerProvider: Provider = {
  provide: REMINDER_DIALER,
  inject: [APP_CONFIG],
  useFactory: ({ pbx }: AppConfig): AsteriskSurveyDialer | null => {
    if (pbx.mode === 'asterisk')
      return new AsteriskSurveyDialer(pbx.ami, REMINDER_CONTEXT, REMINDER_CHANNEL_PREFIX);
    // The demo PBX lives in the API process; `npm start` gives both processes its port and secret.
    if (pbx.mode === 'simulator' && pbx.simulator.amiPort > 0) {
      return new AsteriskSurveyDialer(
        { host: '127.0.0.1', port: pbx.simulator.amiPort, ...simulatorCredentials(pbx.simulator) },
        REMINDER_CONTEXT,
        REMINDER_CHANNEL_PREFIX,
      );
    }
    return null;
  },
};
