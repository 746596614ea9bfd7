import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AgentMonitoredPayload } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { SessionStore } from '../../../core/auth/session.store';
import { AGENT_SOCKET_FACTORY, AgentSocket } from '../../../core/realtime/realtime.service';
import { FakeSocket } from '../../../testing/fake-socket';
import { aUser } from '../../../testing/fixtures';
import { MonitorBanner } from './monitor-banner';

const notice = (overrides: Partial<AgentMonitoredPayload> = {}): AgentMonitoredPayload => ({
  sessionId: 's-1',
  supervisor: { id: 'sup-1', displayName: 'Olha Supervisor' },
  mode: 'listen',
  ...overrides,
});

describe('MonitorBanner', () => {
  let socket: FakeSocket;

  beforeEach(async () => {
    socket = new FakeSocket();
    TestBed.configureTestingModule({
      imports: [
        MonitorBanner,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AGENT_SOCKET_FACTORY, useValue: () => socket as unknown as AgentSocket },
      ],
    });
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const done = TestBed.inject(SessionStore).login({ login: 'anna', password: 'secret123' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', user: aUser() });
    await done;
  });

  function banner(): () => string[] {
    const fixture = TestBed.createComponent(MonitorBanner);
    return () => {
      fixture.detectChanges();
      const root = fixture.nativeElement as HTMLElement;
      return [...root.querySelectorAll('[role="status"]')].map((line) => line.textContent?.trim() ?? '');
    };
  }

  it('says who listens, follows a mode change of the same session and goes when it ends', () => {
    const lines = banner();
    expect(lines()).toEqual([]);
    socket.emit('monitor.started', notice());
    expect(lines()).toEqual(['hearing Supervisor Olha Supervisor is listening to this call.']);
    socket.emit('monitor.started', notice({ mode: 'barge' }));
    expect(lines()).toEqual([
      'record_voice_over Supervisor Olha Supervisor has joined the call; you and the customer hear them.',
    ]);
    socket.emit('monitor.ended', notice({ mode: 'barge' }));
    expect(lines()).toEqual([]);
  });

  it('shows one line per supervisor, and none once another user signs in', async () => {
    const lines = banner();
    expect(lines()).toEqual([]);
    socket.emit('monitor.started', notice());
    socket.emit(
      'monitor.started',
      notice({ sessionId: 's-2', supervisor: { id: 'sup-2', displayName: 'Petro' }, mode: 'whisper' }),
    );
    expect(lines()).toHaveLength(2);
    expect(lines()[1]).toContain('Supervisor Petro is listening and can talk to you');
    const session = TestBed.inject(SessionStore);
    session.logout();
    const done = session.login({ login: 'boris', password: 'secret123' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't2', user: aUser({ id: 'u-2', login: 'boris' }) });
    await done;
    expect(lines()).toEqual([]);
  });
});
