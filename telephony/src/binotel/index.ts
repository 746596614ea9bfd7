export * from './binotel-adapter';
export * from './binotel-api';
export * from './binotel-call-tracker';
export * from './binotel-reply';
export * from './binotel-signature';
export * from './binotel-webhook';
export * from './nested-form';
