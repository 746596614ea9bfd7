import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { User } from '@switchboard/contracts';

import { aUser } from '../../testing/fixtures';
import { SessionStore } from '../auth/session.store';
import { RingTone } from './ring-tone';
import { SipService } from './sip.service';

const SETTINGS_URL = '/api/softphone/settings';

describe('SipService', () => {
  let http: HttpTestingController;
  let sip: SipService;
  const user = signal<User | null>(null);
  const isAuthenticated = signal(false);

  const signIn = (overrides: Partial<User> = {}) => {
    user.set(aUser(overrides));
    isAuthenticated.set(true);
    TestBed.tick();
  };
  const signOut = () => {
    isAuthenticated.set(false);
    user.set(null);
    TestBed.tick();
  };
  const setSecure = (secure: boolean) =>
    Object.defineProperty(window, 'isSecureContext', { value: secure, configurable: true });
  const refuse = (code: string, status = 409) =>
    http.expectOne(SETTINGS_URL).flush({ code, message: code }, { status, statusText: 'Refused' });

  beforeEach(() => {
    setSecure(true);
    user.set(null);
    isAuthenticated.set(false);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { user, isAuthenticated } },
        { provide: RingTone, useValue: { start: () => Promise.resolve(true), stop: () => undefined } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    sip = TestBed.inject(SipService);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  it('stays off and asks for nothing while nobody is signed in', () => {
    http.expectNone(SETTINGS_URL);
    expect(sip.availability()).toBe('off');
    expect(sip.state().registration).toBe('unregistered');
  });

  it('asks for no settings for a user without an extension', () => {
    signIn({ extension: null });
    http.expectNone(SETTINGS_URL);
    expect(sip.availability()).toBe('off');
  });

  it('loads the settings on sign-in and shows "not configured" when the server has no SIP', async () => {
    signIn();
    expect(sip.availability()).toBe('loading');
    const consoleError = vi.spyOn(console, 'error');
    http.expectOne(SETTINGS_URL).flush({ configured: false, missing: ['SIP_WS_URL'], simulatedPbx: false });
    await vi.waitFor(() => expect(sip.availability()).toBe('notConfigured'));
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    expect(sip.state().registration).toBe('unregistered');
  });

  it('tells a refusal for a missing extension apart from a failure', async () => {
    signIn();
    refuse('NO_EXTENSION');
    await vi.waitFor(() => expect(sip.availability()).toBe('noExtension'));

    signOut();
    signIn({ id: 'u-2', extension: '1002' });
    refuse('INTERNAL', 500);
    await vi.waitFor(() => expect(sip.availability()).toBe('unavailable'));
  });

  it('does not even try without HTTPS, because the browser will not give the microphone', () => {
    setSecure(false);
    signIn();
    http.expectNone(SETTINGS_URL);
    expect(sip.availability()).toBe('insecure');
  });

  it('drops settings that arrive after the agent signed out', async () => {
    signIn();
    const pending = http.expectOne(SETTINGS_URL);
    signOut();
    expect(sip.availability()).toBe('off');
    pending.flush({}, { status: 409, statusText: 'Conflict' });
    await Promise.resolve();
    expect(sip.availability()).toBe('off');
  });
});
