import { SelfCheckFacts, selfCheckProblems } from './self-check';

const healthy: SelfCheckFacts = {
  secure: true,
  permission: 'granted',
  microphone: 'ok',
  availability: 'ready',
  transport: 'connected',
  registration: 'registered',
  lastIce: 'connected',
};

describe('softphone self-check', () => {
  it('finds nothing wrong with a working setup, or before the first call', () => {
    expect(selfCheckProblems(healthy)).toEqual([]);
    expect(selfCheckProblems({ ...healthy, lastIce: null, permission: 'unknown' })).toEqual([]);
  });

  it('puts a page without HTTPS first, without blaming the microphone for it', () => {
    const facts = { ...healthy, secure: false, microphone: 'failed', availability: 'insecure' } as const;
    expect(selfCheckProblems(facts)).toEqual(['insecure']);
  });

  it('tells a blocked permission from a missing or busy microphone', () => {
    expect(selfCheckProblems({ ...healthy, permission: 'denied', microphone: 'denied' })).toEqual([
      'permissionDenied',
    ]);
    expect(selfCheckProblems({ ...healthy, microphone: 'noDevice' })).toEqual(['noInput']);
    expect(selfCheckProblems({ ...healthy, microphone: 'failed' })).toEqual(['microphoneFailed']);
  });

  it('names the first broken layer of the connection, and a failed audio path', () => {
    expect(selfCheckProblems({ ...healthy, transport: 'disconnected' })).toEqual(['notConnected']);
    expect(selfCheckProblems({ ...healthy, registration: 'failed' })).toEqual(['notRegistered']);
    expect(selfCheckProblems({ ...healthy, availability: 'notConfigured' })).toEqual(['softphoneOff']);
    expect(selfCheckProblems({ ...healthy, lastIce: 'failed' })).toEqual(['iceFailed']);
  });
});
