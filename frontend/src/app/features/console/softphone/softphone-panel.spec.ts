import { computed, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { SipService, SoftphoneAvailability } from '../../../core/sip/sip.service';
import { CallState, SoftphoneState, initialSoftphoneState } from '../../../core/sip/softphone.machine';
import { SoftphonePanel } from './softphone-panel';

/** The parts of the service the panel reads, driven by hand; calls are recorded. */
function fakeSip() {
  const state = signal<SoftphoneState>({ ...initialSoftphoneState, registration: 'registered' });
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push([name, ...args].join(':'));
  return {
    calls,
    state,
    availability: signal<SoftphoneAvailability>('ready'),
    lastIceState: signal<RTCIceConnectionState | null>(null),
    remoteStream: signal<MediaStream | null>(null),
    errorKey: signal<string | null>(null),
    ringAudible: signal(true),
    callSeconds: computed(() => 65),
    answer: record('answer'),
    reject: record('reject'),
    hangup: record('hangup'),
    hold: record('hold'),
    resume: record('resume'),
    mute: record('mute'),
    unmute: record('unmute'),
    sendDtmf: record('dtmf'),
    call: record('call'),
    blindTransfer: record('transfer'),
    dismissError: record('dismissError'),
  };
}

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
    });
    query('softphone-transfer-toggle')?.click();
    await fixture.whenStable();
    const input = query('softphone-transfer-input') as HTMLInputElement;
    input.value = '3001';
    input.dispatchEvent(new Event('input'));
    query('softphone-transfer-submit')?.click();
    expect(sip.calls).toEqual(['transfer:3001']);
  });
});
