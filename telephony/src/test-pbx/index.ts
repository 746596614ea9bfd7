/**
 * `@switchboard/telephony/test-pbx`: the scripted AMI PBX, synthetic calls and the recorded PBX streams, for
 * tests, the bench and the product's demo simulator. Kept apart from the library's main entry point, which
 * holds what talks to a real PBX.
 */
export * from './demo-phones';
export * from './monitor-confirmations';
export * from './pbx-fixtures';
export * from './queue-confirmations';
export * from './scripted-ami-server';
export * from './synthetic-calls';
export * from './synthetic-traffic';
export * from './synthetic-queue-calls';
export * from './demo-queues';
export * from './survey-responses';
export * from './reminder-responses';
export * from './scripted-agi-peer';
export * from './demo-survey-replies';
export * from './demo-reminder-replies';
