import { PbxLinkState } from '@switchboard/contracts';

/** What every PBX adapter (Asterisk AMI, Binotel) will implement; the adapters come with the telephony issue. */
export interface PbxAdapter {
  readonly linkState: PbxLinkState;
  start(): Promise<void>;
  stop(): Promise<void>;
}
