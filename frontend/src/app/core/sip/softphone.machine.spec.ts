import {
  MISSED_KEPT,
  SoftphoneEvent,
  SoftphoneState,
  initialSoftphoneState,
  isBusy,
  ownsCall,
  softphoneReducer,
} from './softphone.machine';

const run = (events: SoftphoneEvent[], from: SoftphoneState = initialSoftphoneState): SoftphoneState =>
  events.reduce(softphoneReducer, from);

const ring = (callId = 'c1', remote = '2001'): SoftphoneEvent => ({
  type: 'incoming',
  callId,
  remote,
  remoteName: 'Caller',
  at: 1000,
});

const registered = run([{ type: 'registering' }, { type: 'registered' }]);
const inCall = run([ring(), { type: 'confirmed', callId: 'c1', at: 5000 }], registered);

describe('softphone registration', () => {
  it('goes registering, registered, and back to unregistered on sign-out', () => {
    expect(run([{ type: 'registering' }]).registration).toBe('registering');
    expect(registered.registration).toBe('registered');
    expect(run([{ type: 'unregistered' }], registered).registration).toBe('unregistered');
  });

  it('keeps the cause of a failed registration and clears it on success', () => {
    const failed = run([
      { type: 'registering' },
      { type: 'registrationFailed', cause: 'Authentication Error' },
    ]);
    expect(failed).toMatchObject({ registration: 'failed', registrationCause: 'Authentication Error' });
    expect(run([{ type: 'registering' }, { type: 'registered' }], failed)).toMatchObject({
      registration: 'registered',
      registrationCause: null,
    });
  });

  it('says reconnecting when the WebSocket drops, through the re-register, until registered again', () => {
    const lost = run([{ type: 'transportLost' }], registered);
    expect(lost.registration).toBe('reconnecting');
    expect(run([{ type: 'registering' }], lost).registration).toBe('reconnecting');
    expect(run([{ type: 'registering' }, { type: 'registered' }], lost).registration).toBe('registered');
  });

  it('does not claim to reconnect a softphone that was switched off', () => {
    expect(run([{ type: 'transportLost' }]).registration).toBe('unregistered');
  });
});

describe('softphone calls', () => {
  it('rings on an incoming call with the caller, then is in the call once confirmed', () => {
    const ringing = run([ring()], registered);
    expect(ringing.call).toEqual({ kind: 'ringing', callId: 'c1', remote: '2001', remoteName: 'Caller' });
    expect(inCall.call).toEqual({
      kind: 'inCall',
      callId: 'c1',
      remote: '2001',
      remoteName: 'Caller',
      direction: 'incoming',
      since: 5000,
      held: false,
      muted: false,
      consult: null,
      consultResult: null,
    });
  });

  it('dials out and enters the call when the other side answers', () => {
    const dialing = run([{ type: 'dialing', callId: 'o1', remote: '2001' }], registered);
    expect(dialing.call).toEqual({ kind: 'dialing', callId: 'o1', remote: '2001' });
    const answered = run([{ type: 'confirmed', callId: 'o1', at: 7000 }], dialing);
    expect(answered.call).toMatchObject({ kind: 'inCall', direction: 'outgoing', since: 7000 });
  });

  it('holds and resumes, and mutes and unmutes, independently', () => {
    const held = run([{ type: 'held', callId: 'c1' }], inCall);
    expect(held.call).toMatchObject({ kind: 'inCall', held: true, muted: false });
    const heldAndMuted = run([{ type: 'muted', callId: 'c1' }], held);
    expect(heldAndMuted.call).toMatchObject({ held: true, muted: true });
    const resumed = run([{ type: 'resumed', callId: 'c1' }], heldAndMuted);
    expect(resumed.call).toMatchObject({ held: false, muted: true });
    expect(run([{ type: 'unmuted', callId: 'c1' }], resumed).call).toMatchObject({
      held: false,
      muted: false,
    });
  });

  it('keeps the call through a WebSocket reconnect and a re-registration', () => {
    const afterReconnect = run(
      [{ type: 'transportLost' }, { type: 'registering' }, { type: 'registered' }],
      run([{ type: 'muted', callId: 'c1' }], inCall),
    );
    expect(afterReconnect.registration).toBe('registered');
    expect(afterReconnect.call).toEqual({ ...inCall.call, muted: true });
    expect(run([{ type: 'registrationFailed', cause: 'Connection Error' }], inCall).call).toEqual(
      inCall.call,
    );
  });

  it('turns away a second caller during a call, keeps the first and lists the missed one', () => {
    const second = run([ring('c2', '3003')], inCall);
    expect(second.call).toEqual(inCall.call);
    expect(ownsCall(second, 'c2')).toBe(false);
    expect(ownsCall(second, 'c1')).toBe(true);
    expect(second.missed).toEqual([{ remote: '3003', at: 1000 }]);
    // The rejected caller's own "ended" must not end the call in progress.
    expect(run([{ type: 'ended', callId: 'c2', reason: 'busy' }], second).call).toEqual(inCall.call);
  });

  it('also turns away a caller while another one still rings', () => {
    const ringing = run([ring('c1')], registered);
    expect(run([ring('c2', '3003')], ringing).call).toEqual(ringing.call);
  });

  it('keeps only the latest missed calls', () => {
    const many = Array.from({ length: MISSED_KEPT + 2 }, (_, index) => ring(`x${index}`, `30${index}`));
    const state = run(many, inCall);
    expect(state.missed).toHaveLength(MISSED_KEPT);
    expect(state.missed[0]?.remote).toBe(`30${MISSED_KEPT + 1}`);
  });

  it('ends with a reason, stays shown until dismissed, then is idle and free for the next call', () => {
    const ended = run([{ type: 'ended', callId: 'c1', reason: 'remoteHangup' }], inCall);
    expect(ended.call).toEqual({ kind: 'ended', callId: 'c1', remote: '2001', reason: 'remoteHangup' });
    expect(isBusy(ended)).toBe(false);
    expect(run([{ type: 'dismissed' }], ended).call).toEqual({ kind: 'idle' });
    expect(run([ring('c3')], ended).call).toMatchObject({ kind: 'ringing', callId: 'c3' });
  });

  it('a call rejected or canceled while ringing ends without ever being in the call', () => {
    const rejected = run([ring(), { type: 'ended', callId: 'c1', reason: 'rejected' }], registered);
    expect(rejected.call).toMatchObject({ kind: 'ended', reason: 'rejected' });
    expect(run([{ type: 'confirmed', callId: 'c1', at: 9 }], rejected).call.kind).toBe('ended');
  });

  it('ignores hold and mute when there is no call, and a second dial while busy', () => {
    expect(run([{ type: 'held', callId: 'c1' }], registered).call).toEqual({ kind: 'idle' });
    expect(run([{ type: 'dialing', callId: 'o2', remote: '5' }], inCall).call).toEqual(inCall.call);
    expect(run([{ type: 'dismissed' }], inCall).call).toEqual(inCall.call);
  });
});

describe('attended transfer', () => {
  const consulting = run(
    [
      { type: 'held', callId: 'c1' },
      { type: 'consultDialing', callId: 'c1', consultId: 'k1', target: '3001' },
    ],
    inCall,
  );
  const talking = run([{ type: 'consultConfirmed', consultId: 'k1' }], consulting);

  it('keeps the customer held in the call while the colleague is dialed, then talked to', () => {
    expect(consulting.call).toMatchObject({
      kind: 'inCall',
      callId: 'c1',
      held: true,
      consult: { callId: 'k1', target: '3001', stage: 'dialing' },
    });
    expect(talking.call).toMatchObject({ consult: { stage: 'talking' } });
    expect(isBusy(talking)).toBe(true);
  });

  it('starts only one consultation, only from the call in progress', () => {
    const second = { type: 'consultDialing', callId: 'c1', consultId: 'k2', target: '4' } as const;
    expect(run([second], talking).call).toEqual(talking.call);
    expect(run([{ ...second, callId: 'other' }], inCall).call).toEqual(inCall.call);
    expect(run([second], registered).call).toEqual({ kind: 'idle' });
  });

  it('completes only while talking to the colleague, and goes back to talking when the REFER fails', () => {
    expect(run([{ type: 'transferring', consultId: 'k1' }], consulting).call).toEqual(consulting.call);
    const completing = run([{ type: 'transferring', consultId: 'k1' }], talking);
    expect(completing.call).toMatchObject({ consult: { stage: 'completing' } });
    expect(run([{ type: 'transferFailed', consultId: 'k1' }], completing).call).toEqual(talking.call);
  });

  it('the colleague leaving after the REFER is the transfer working; then the call ends transferred', () => {
    const completing = run([{ type: 'transferring', consultId: 'k1' }], talking);
    const replaced = run([{ type: 'consultEnded', consultId: 'k1', reason: 'remoteHangup' }], completing);
    expect(replaced.call).toMatchObject({ kind: 'inCall', consult: null, consultResult: null });
    const done = run([{ type: 'ended', callId: 'c1', reason: 'transferred' }], replaced);
    expect(done.call).toEqual({ kind: 'ended', callId: 'c1', remote: '2001', reason: 'transferred' });
  });

  it('a consultation the agent cancels leaves no message; one the colleague ends says why', () => {
    const canceled = run([{ type: 'consultEnded', consultId: 'k1', reason: 'hangup' }], talking);
    expect(canceled.call).toMatchObject({ kind: 'inCall', held: true, consult: null, consultResult: null });
    const busy = run([{ type: 'consultEnded', consultId: 'k1', reason: 'busy' }], consulting);
    expect(busy.call).toMatchObject({ consult: null, consultResult: 'busy' });
    const again = run([{ type: 'consultDialing', callId: 'c1', consultId: 'k3', target: '5' }], busy);
    expect(again.call).toMatchObject({ consultResult: null, consult: { callId: 'k3' } });
  });

  it('ignores events about another consultation, and the colleague leg never ends the customer call', () => {
    expect(run([{ type: 'consultConfirmed', consultId: 'zz' }], consulting).call).toEqual(consulting.call);
    expect(run([{ type: 'consultEnded', consultId: 'zz', reason: 'busy' }], talking).call).toEqual(
      talking.call,
    );
    expect(run([{ type: 'ended', callId: 'k1', reason: 'remoteHangup' }], talking).call).toEqual(
      talking.call,
    );
  });

  it('turns away a new caller during the consultation', () => {
    const rung = run([ring('c9', '5005')], talking);
    expect(rung.call).toEqual(talking.call);
    expect(rung.missed[0]?.remote).toBe('5005');
  });
});
