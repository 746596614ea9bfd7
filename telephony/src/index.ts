export * from './asterisk-ami/ami-client';
export * from './asterisk-ami/ami-frame';
export * from './asterisk-ami/ami-parser';
export * from './asterisk-ami/asterisk-call-tracker';
export * from './asterisk-ami/channel-extension';
export * from './port/pbx-adapter';
export * from './port/pbx-events';
export * from './test-pbx/scripted-ami-server';

