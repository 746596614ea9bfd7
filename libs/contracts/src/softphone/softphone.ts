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
