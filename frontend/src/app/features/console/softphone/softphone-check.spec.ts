import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { AudioDevices } from '../../../core/sip/audio-devices.service';
import { SipService } from '../../../core/sip/sip.service';
import { initialSoftphoneState } from '../../../core/sip/softphone.machine';
import { SoftphoneCheck } from './softphone-check';

describe('SoftphoneCheck', () => {
  let fixture: ComponentFixture<SoftphoneCheck>;
  let getUserMedia: ReturnType<typeof vi.fn>;

  const query = (testId: string): HTMLElement | null =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);
  const setSecure = (secure: boolean) =>
    Object.defineProperty(window, 'isSecureContext', { value: secure, configurable: true });

  const open = async () => {
    TestBed.configureTestingModule({
      imports: [
        SoftphoneCheck,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        {
          provide: SipService,
          useValue: {
            availability: signal('ready'),
            transport: signal('connected'),
            state: signal({ ...initialSoftphoneState, registration: 'registered' }),
            lastIceState: signal('failed'),
          },
        },
        {
          provide: AudioDevices,
          useValue: {
            inputs: signal([]),
            outputs: signal([]),
            inputId: signal(''),
            outputId: signal(''),
            outputSelectable: false,
            refresh: () => Promise.resolve(),
          },
        },
      ],
    });
    fixture = TestBed.createComponent(SoftphoneCheck);
    await fixture.whenStable();
  };

  beforeEach(() => {
    getUserMedia = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  });
  afterEach(() => setSecure(true));

  it('says the page is not on HTTPS and does not even ask for the microphone', async () => {
    setSecure(false);
    await open();
    expect(query('check-problem-insecure')?.textContent).toContain('not on HTTPS');
    expect(query('check-problem-microphoneFailed')).toBeNull();
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it('explains a blocked microphone and a failed audio path, and hides an output it cannot choose', async () => {
    setSecure(true);
    await open();
    await vi.waitFor(() => expect(query('check-problem-permissionDenied')).not.toBeNull());
    await fixture.whenStable();
    expect(query('check-microphone')?.dataset['state']).toBe('denied');
    expect(query('check-problem-iceFailed')).not.toBeNull();
    expect(query('check-output')).toBeNull();
    expect(query('check-ok')).toBeNull();
  });
});
