/** What a console's softphone needs to register; served per agent over the authenticated API. */
export interface SoftphoneSettings {
  /** `wss://pbx.example.com:8089/ws`. */
  webSocketUrl: string;
  /** `sip:1001@pbx.example.com`. */
  sipUri: string;
  /** SIP digest user and password of the agent's extension. */
  authorizationUser: string;
  password: string;
  displayName: string;
  iceServers: { urls: string[]; username?: string; credential?: string }[];
}

/** The server variables an admin sets to turn the softphone on (see `.env.example`). */
export type SoftphoneSettingName = 'SIP_WS_URL' | 'SIP_DOMAIN' | 'SIP_PASSWORD_SECRET';

/** The server has no SIP: an ordinary state, not an error, so the console loads without a failed request. */
export interface SoftphoneNotConfigured {
  configured: false;
  /** What the admin still has to set on the server. */
  missing: SoftphoneSettingName[];
  /** The built-in simulator places calls itself: no real phone rings for a click-to-call. */
  simulatedPbx: boolean;
}

/** `GET /api/softphone/settings`. */
export type SoftphoneSettingsAnswer = ({ configured: true } & SoftphoneSettings) | SoftphoneNotConfigured;
