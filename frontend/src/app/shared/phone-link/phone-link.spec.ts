import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { User } from '@switchboard/contracts';
import { of } from 'rxjs';

import en from '../../../../public/i18n/en.json';
import { SessionStore } from '../../core/auth/session.store';
import { CallsApiService } from '../../core/calls/calls-api.service';
import { SipService, SoftphoneAvailability } from '../../core/sip/sip.service';
import { aUser } from '../../testing/fixtures';
import { PhoneLink } from './phone-link';

describe('PhoneLink', () => {
  const availability = signal<SoftphoneAvailability>('off');
  const simulatedPbx = signal(false);
  const user = signal<User | null>(null);
  const open = vi.fn();

  async function clickToCall(): Promise<string> {
    open.mockClear();
    const fixture = TestBed.createComponent(PhoneLink);
    fixture.componentRef.setInput('number', '+380501234567');
    fixture.detectChanges();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="phone-link-call"]')!
      .click();
    await vi.waitFor(() => expect(open).toHaveBeenCalled());
    return open.mock.calls[0][0] as string;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        PhoneLink,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        { provide: CallsApiService, useValue: { originate: () => of({}) } },
        { provide: MatSnackBar, useValue: { open } },
        { provide: SipService, useValue: { availability, simulatedPbx } },
        { provide: SessionStore, useValue: { user } },
      ],
    });
  });

  it('says the softphone rings first when it is registered', async () => {
    availability.set('ready');
    simulatedPbx.set(false);
    user.set(aUser({ extension: '1001' }));
    expect(await clickToCall()).toBe(en.console.phoneLink.calling);
  });

  it('says no real phone rings when the simulated PBX places the call', async () => {
    availability.set('notConfigured');
    simulatedPbx.set(true);
    user.set(aUser({ extension: '1001' }));
    expect(await clickToCall()).toBe(en.console.phoneLink.callingSimulated);
  });

  it('names the desk phone extension, or says no phone is set up, with a real PBX', async () => {
    availability.set('notConfigured');
    simulatedPbx.set(false);
    user.set(aUser({ extension: '1001' }));
    expect(await clickToCall()).toContain('extension 1001');
    user.set(aUser({ extension: null }));
    expect(await clickToCall()).toBe(en.console.phoneLink.callingNoPhone);
  });
});
