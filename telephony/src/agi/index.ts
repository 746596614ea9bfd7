export * from './agi-arguments';
export * from './agi-channel';
export * from './agi-errors';
export * from './agi-reply';
export * from './agi-request';
export * from './fastagi-server';
