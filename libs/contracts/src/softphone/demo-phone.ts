/** What the demo phone (`PBX_MODE=simulator`, no SIP server) can do with the call at the agent's extension. */
export const DEMO_PHONE_ACTIONS = ['answer', 'reject', 'hangup', 'hold', 'resume'] as const;
export type DemoPhoneAction = (typeof DEMO_PHONE_ACTIONS)[number];

/** Where the call at the agent's extension is; `idle` when there is none (or it just ended). */
export type DemoLineState = 'idle' | 'ringing' | 'talking' | 'held';

/** `GET /api/demo-phone` and the answer of `POST /api/demo-phone/:action`: the line after the action. */
export interface DemoPhoneLine {
  callId: string | null;
  state: DemoLineState;
}
