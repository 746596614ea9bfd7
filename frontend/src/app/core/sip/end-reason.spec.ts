import { endReason } from './end-reason';

describe('endReason', () => {
  it('tells who hung up a connected call', () => {
    expect(endReason('ended', 'local', 'Terminated')).toBe('hangup');
    expect(endReason('ended', 'remote', 'Terminated')).toBe('remoteHangup');
  });

  it("names why a call never connected from JsSIP's cause", () => {
    expect(endReason('failed', 'remote', 'Busy')).toBe('busy');
    expect(endReason('failed', 'local', 'Rejected')).toBe('rejected');
    expect(endReason('failed', 'remote', 'Canceled')).toBe('canceled');
    expect(endReason('failed', 'system', 'No Answer')).toBe('unanswered');
    expect(endReason('failed', 'system', 'Request Timeout')).toBe('unanswered');
    expect(endReason('failed', 'system', 'WebRTC Error')).toBe('failed');
  });
});
