export * from './auth/auth';
export * from './clients/client';
export * from './errors/api-error';
export * from './health/health';
export * from './i18n/languages';
export * from './page';
export * from './realtime/events';
export * from './users/user';
