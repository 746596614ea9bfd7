import type { CallState } from './softphone.machine';

/** What a shortcut asks for; what it does depends on the call (see `shortcutCommand`). */
export type ShortcutAction = 'answer' | 'hangup' | 'holdToggle' | 'muteToggle' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  /** As shown in the help overlay. */
  keys: string;
}

/** Alt + a letter: no browser or typing conflict, and safe inside the dial or notes fields. */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'answer', keys: 'Alt+A' },
  { action: 'hangup', keys: 'Alt+H' },
  { action: 'holdToggle', keys: 'Alt+O' },
  { action: 'muteToggle', keys: 'Alt+M' },
  { action: 'help', keys: '?' },
];

/** Physical keys (`KeyboardEvent.code`), so they work the same on Cyrillic layouts and on a Mac,
 * where Alt+A types "å". */
const WITH_ALT: Record<string, ShortcutAction> = {
  KeyA: 'answer',
  KeyH: 'hangup',
  KeyO: 'holdToggle',
  KeyM: 'muteToggle',
};

export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat'>;

/**
 * The action for a key press, or null. `typing` is true while focus is in a text field: there a bare
 * `?` is text, while Alt shortcuts still work since Alt+letter types nothing useful there.
 */
export function shortcutFor(press: KeyPress, typing: boolean): ShortcutAction | null {
  if (press.repeat || press.ctrlKey || press.metaKey) return null;
  if (press.altKey) return WITH_ALT[press.code] ?? null;
  return press.key === '?' && !typing ? 'help' : null;
}

export type SoftphoneCommand =
  'answer' | 'reject' | 'hangup' | 'cancelConsult' | 'hold' | 'resume' | 'mute' | 'unmute';

/** What an action means for the call on screen; hang-up while ringing rejects, while consulting
 * drops only the colleague. Hold and mute act on the customer's leg, so they wait until the consultation is over. */
export function shortcutCommand(action: ShortcutAction, call: CallState): SoftphoneCommand | null {
  switch (action) {
    case 'answer':
      return call.kind === 'ringing' ? 'answer' : null;
    case 'hangup':
      if (call.kind === 'ringing') return 'reject';
      if (call.kind === 'dialing') return 'hangup';
      if (call.kind !== 'inCall') return null;
      return call.consult ? 'cancelConsult' : 'hangup';
    case 'holdToggle':
      if (call.kind !== 'inCall' || call.consult) return null;
      return call.held ? 'resume' : 'hold';
    case 'muteToggle':
      if (call.kind !== 'inCall' || call.consult) return null;
      return call.muted ? 'unmute' : 'mute';
    default:
      return null;
  }
}

/** Whether focus is somewhere keys type text, so a bare key must not be taken over. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
