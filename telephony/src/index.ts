import { PbxLinkState } from '@switchboard/contracts';

export * from './asterisk-ami/ami-client';
export * from './asterisk-ami/ami-frame';
export * from './asterisk-ami/ami-parser';
export * from './asterisk-ami/asterisk-call-tracker';
export * from './asterisk-ami/channel-extension';
export * from './port/pbx-events';
export * from './test-pbx/scripted-ami-server';

/** What every PBX adapter (Asterisk AMI, Binotel) will implement; the adapters come with the telephony issue. */
export interface PbxAdapter {
  readonly linkState: PbxLinkState;
  start(): Promise<void>;
  stop(): Promise<void>;
}
