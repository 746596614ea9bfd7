import { audioConstraints, devicesOfKind, effectiveDevice } from './audio-devices';
import { levelOf, microphoneFailure } from './input-level';

const device = (deviceId: string, kind: MediaDeviceKind, label = '') => ({ deviceId, kind, label });

describe('audio device choice', () => {
  it('uses the remembered device while it is there and the default once it disappears', () => {
    const headset = { id: 'h1', label: 'Headset' };
    expect(effectiveDevice('h1', [headset])).toBe('h1');
    expect(effectiveDevice('h1', [])).toBe('');
    expect(effectiveDevice('', [headset])).toBe('');
  });

  it('lists one kind, without the pseudo-devices and the nameless entries before permission', () => {
    const list = [
      device('default', 'audioinput', 'Default - Headset'),
      device('communications', 'audioinput', 'Communications'),
      device('h1', 'audioinput', 'Headset'),
      device('s1', 'audiooutput', 'Speakers'),
      device('', 'audioinput'),
      device('m2', 'audioinput'),
    ];
    expect(devicesOfKind(list, 'audioinput')).toEqual([
      { id: 'h1', label: 'Headset' },
      { id: 'm2', label: '#2' },
    ]);
    expect(devicesOfKind(list, 'audiooutput')).toEqual([{ id: 's1', label: 'Speakers' }]);
  });

  it('asks for the chosen microphone without failing when it has just gone', () => {
    expect(audioConstraints('')).toEqual({ audio: true, video: false });
    expect(audioConstraints('h1')).toEqual({ audio: { deviceId: { ideal: 'h1' } }, video: false });
  });
});

describe('microphone meter', () => {
  it('is zero for silence and grows with the signal, capped at one', () => {
    expect(levelOf(new Float32Array(128))).toBe(0);
    expect(levelOf(new Float32Array([]))).toBe(0);
    expect(levelOf(new Float32Array(128).fill(0.1))).toBeCloseTo(0.4);
    expect(levelOf(new Float32Array(128).fill(1))).toBe(1);
  });

  it('explains why the microphone would not open', () => {
    expect(microphoneFailure(new DOMException('no', 'NotAllowedError'))).toBe('denied');
    expect(microphoneFailure(new DOMException('none', 'NotFoundError'))).toBe('noDevice');
    expect(microphoneFailure(new DOMException('gone', 'OverconstrainedError'))).toBe('noDevice');
    expect(microphoneFailure(new DOMException('busy', 'NotReadableError'))).toBe('failed');
    expect(microphoneFailure('odd')).toBe('failed');
  });
});
