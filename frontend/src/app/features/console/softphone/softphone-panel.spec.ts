import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { SipService } from '../../../core/sip/sip.service';
import { CallState, Consult } from '../../../core/sip/softphone.machine';
import { fakeSip } from '../../../testing/fake-sip';
import { SoftphonePanel } from './softphone-panel';

describe('SoftphonePanel', () => {
  let fixture: ComponentFixture<SoftphonePanel>;
  let sip: ReturnType<typeof fakeSip>;

  const query = (testId: string): HTMLElement | null =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);
  const text = (testId: string) => query(testId)?.textContent?.trim() ?? null;
  const setCall = async (call: CallState) => {
    sip.state.update((state) => ({ ...state, call }));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    sip = fakeSip();
    TestBed.configureTestingModule({
      imports: [
        SoftphonePanel,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [{ provide: SipService, useValue: sip }],
    });
    fixture = TestBed.createComponent(SoftphonePanel);
    await fixture.whenStable();
  });

  it('says the page needs HTTPS for the microphone, and offers no dial pad', async () => {
    sip.availability.set('insecure');
    await fixture.whenStable();
    expect(text('softphone-status')).toContain('not on HTTPS');
    expect(query('softphone-dial-input')).toBeNull();
  });

  it('shows a server without SIP as not configured', async () => {
    sip.availability.set('notConfigured');
    await fixture.whenStable();
    expect(text('softphone-status')).toContain('not configured');
  });

  it('dials the typed number, with digits from the keypad appended', async () => {
    const input = query('softphone-dial-input') as HTMLInputElement;
    input.value = '20';
    input.dispatchEvent(new Event('input'));
    query('softphone-keypad-toggle')?.click();
    await fixture.whenStable();
    query('softphone-key-1')?.click();
    await fixture.whenStable();
    query('softphone-call')?.click();
    expect(sip.calls).toEqual(['call:201']);
  });

  it('shows the caller and answers or rejects; a silent ring gets a visible hint', async () => {
    sip.ringAudible.set(false);
    await setCall({ kind: 'ringing', callId: 'c1', remote: '2001', remoteName: 'Ivan' });
    expect(text('softphone-caller')).toBe('Incoming call from Ivan (2001)');
    expect(query('softphone-ring-silent')).not.toBeNull();
    query('softphone-answer')?.click();
    query('softphone-reject')?.click();
    expect(sip.calls).toEqual(['answer', 'reject']);
  });

  it('in a call shows the timer and sends keypad digits as DTMF instead of dialing', async () => {
    const inCall: CallState = {
      kind: 'inCall',
      callId: 'c1',
      remote: '2001',
      remoteName: null,
      direction: 'incoming',
      since: 0,
      held: true,
      muted: false,
      consult: null,
      consultResult: null,
    };
    await setCall(inCall);
    expect(text('softphone-timer')).toBe('1:05');
    expect(query('softphone-held')).not.toBeNull();
    query('softphone-resume')?.click();
    query('softphone-mute')?.click();
    query('softphone-keypad-toggle')?.click();
    await fixture.whenStable();
    query('softphone-key-#')?.click();
    query('softphone-hangup')?.click();
    expect(sip.calls).toEqual(['resume', 'mute', 'dtmf:#', 'hangup']);
  });

  it('transfers to the number typed in the transfer box', async () => {
    await setCall({
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
    });
    query('softphone-transfer-toggle')?.click();
    await fixture.whenStable();
    const input = query('softphone-transfer-input') as HTMLInputElement;
    input.value = '3001';
    input.dispatchEvent(new Event('input'));
    query('softphone-transfer-submit')?.click();
    expect(sip.calls).toEqual(['transfer:3001']);
  });

  const talkingCall = (consult: Consult | null): CallState => ({
    kind: 'inCall',
    callId: 'c1',
    remote: '2001',
    remoteName: 'Ivan',
    direction: 'incoming',
    since: 0,
    held: consult !== null,
    muted: false,
    consult,
    consultResult: null,
  });

  it('consults the typed colleague first, then completes the transfer or goes back', async () => {
    await setCall(talkingCall(null));
    query('softphone-transfer-toggle')?.click();
    await fixture.whenStable();
    const input = query('softphone-transfer-input') as HTMLInputElement;
    input.value = '3001';
    input.dispatchEvent(new Event('input'));
    query('softphone-consult-start')?.click();
    expect(sip.calls).toEqual(['consult:3001']);

    await setCall(talkingCall({ callId: 'k1', target: '3001', stage: 'dialing' }));
    expect(text('softphone-consult')).toContain('Calling 3001');
    expect(text('softphone-consult')).toContain('Ivan is on hold');
    expect((query('softphone-consult-complete') as HTMLButtonElement).disabled).toBe(true);
    expect(query('softphone-transfer-input')).toBeNull();

    await setCall(talkingCall({ callId: 'k1', target: '3001', stage: 'talking' }));
    query('softphone-consult-complete')?.click();
    query('softphone-consult-cancel')?.click();
    expect(sip.calls).toEqual(['consult:3001', 'complete', 'cancelConsult']);
  });

  it('answers with Alt+A and mutes with Alt+M even from a text field, but a bare key types', async () => {
    const press = (init: KeyboardEventInit, target: EventTarget = document.body) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    await setCall({ kind: 'ringing', callId: 'c1', remote: '2001', remoteName: null });
    press({ key: 'a', code: 'KeyA' });
    press({ key: 'å', code: 'KeyA', altKey: true });
    await setCall(talkingCall(null));
    const field = document.createElement('input');
    document.body.append(field);
    press({ key: 'µ', code: 'KeyM', altKey: true }, field);
    field.remove();
    expect(sip.calls).toEqual(['answer', 'mute']);
  });
});
