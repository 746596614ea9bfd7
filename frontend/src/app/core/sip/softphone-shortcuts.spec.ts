import { CallState } from './softphone.machine';
import { KeyPress, isTyping, shortcutCommand, shortcutFor } from './softphone-shortcuts';

const key = (press: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  repeat: false,
  ...press,
});

const inCall = (overrides: Partial<Extract<CallState, { kind: 'inCall' }>> = {}): CallState => ({
  kind: 'inCall',
  callId: 'c1',
  remote: '2001',
  remoteName: null,
  direction: 'incoming',
  since: 0,
  held: false,
  muted: false,
  consult: null,
  consultResult: null,
  ...overrides,
});

describe('softphone key mapping', () => {
  it('maps Alt+A, Alt+H, Alt+O and Alt+M by physical key, whatever the layout types', () => {
    expect(shortcutFor(key({ code: 'KeyA', key: 'a', altKey: true }), false)).toBe('answer');
    expect(shortcutFor(key({ code: 'KeyH', key: 'р', altKey: true }), false)).toBe('hangup');
    expect(shortcutFor(key({ code: 'KeyO', key: 'ø', altKey: true }), false)).toBe('holdToggle');
    expect(shortcutFor(key({ code: 'KeyM', key: 'ь', altKey: true }), false)).toBe('muteToggle');
    expect(shortcutFor(key({ code: 'KeyX', key: 'x', altKey: true }), false)).toBeNull();
  });

  it('keeps the Alt shortcuts while typing, but a bare "?" there is just a character', () => {
    expect(shortcutFor(key({ code: 'KeyA', altKey: true }), true)).toBe('answer');
    expect(shortcutFor(key({ key: '?', code: 'Slash' }), false)).toBe('help');
    expect(shortcutFor(key({ key: '?', code: 'Slash' }), true)).toBeNull();
  });

  it('ignores plain letters, auto-repeat and Ctrl or Meta combinations', () => {
    expect(shortcutFor(key({ code: 'KeyA', key: 'a' }), false)).toBeNull();
    expect(shortcutFor(key({ code: 'KeyA', altKey: true, repeat: true }), false)).toBeNull();
    expect(shortcutFor(key({ code: 'KeyA', altKey: true, ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(key({ code: 'KeyM', altKey: true, metaKey: true }), false)).toBeNull();
  });

  it('treats inputs, text areas, selects and editable elements as typing', () => {
    expect(isTyping(document.createElement('input'))).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(document.createElement('button'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});

describe('what a shortcut does to the call on screen', () => {
  const ringing: CallState = { kind: 'ringing', callId: 'c1', remote: '2001', remoteName: null };
  const consulting = inCall({ held: true, consult: { callId: 'k1', target: '3001', stage: 'talking' } });

  it('answers only a ringing call; hang-up rejects it', () => {
    expect(shortcutCommand('answer', ringing)).toBe('answer');
    expect(shortcutCommand('answer', inCall())).toBeNull();
    expect(shortcutCommand('hangup', ringing)).toBe('reject');
    expect(shortcutCommand('hangup', { kind: 'dialing', callId: 'o', remote: '5' })).toBe('hangup');
    expect(shortcutCommand('hangup', { kind: 'idle' })).toBeNull();
  });

  it('toggles hold and mute from the current flags', () => {
    expect(shortcutCommand('holdToggle', inCall())).toBe('hold');
    expect(shortcutCommand('holdToggle', inCall({ held: true }))).toBe('resume');
    expect(shortcutCommand('muteToggle', inCall())).toBe('mute');
    expect(shortcutCommand('muteToggle', inCall({ muted: true }))).toBe('unmute');
    expect(shortcutCommand('muteToggle', ringing)).toBeNull();
  });

  it('during a consultation hang-up leaves the colleague, and hold and mute wait', () => {
    expect(shortcutCommand('hangup', consulting)).toBe('cancelConsult');
    expect(shortcutCommand('holdToggle', consulting)).toBeNull();
    expect(shortcutCommand('muteToggle', consulting)).toBeNull();
  });
});
