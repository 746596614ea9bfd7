import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionRevokedPayload } from '@switchboard/contracts';

import { aUser } from '../../testing/fixtures';
import { SessionStore } from '../auth/session.store';
import { AGENT_SOCKET_FACTORY, AgentSocket, RealtimeService } from './realtime.service';

/** Just enough of a socket.io client socket for the service. */
class FakeSocket {
  connected = true;
  readonly handlers = new Map<string, (payload: SessionRevokedPayload) => void>();
  on(event: string, handler: (payload: SessionRevokedPayload) => void): this {
    this.handlers.set(event, handler);
    return this;
  }
  removeAllListeners(): this {
    this.handlers.clear();
    return this;
  }
  disconnect(): this {
    this.connected = false;
    return this;
  }
}

describe('RealtimeService', () => {
  const opened: { token: string; socket: FakeSocket }[] = [];
  let session: SessionStore;

  beforeEach(async () => {
    localStorage.clear();
    opened.length = 0;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: AGENT_SOCKET_FACTORY,
          useValue: (token: string) => {
            const socket = new FakeSocket();
            opened.push({ token, socket });
            return socket as unknown as AgentSocket;
          },
        },
      ],
    });
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    session = TestBed.inject(SessionStore);
    TestBed.inject(RealtimeService);
    const done = session.login({ login: 'anna', password: 'secret123' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 'tok-1', user: aUser() });
    await done;
    TestBed.tick();
  });

  it('connects with the session token after login', () => {
    expect(opened).toHaveLength(1);
    expect(opened[0].token).toBe('tok-1');
    expect(TestBed.inject(RealtimeService).connected).toBe(true);
  });

  it('disconnects on logout', () => {
    session.logout();
    TestBed.tick();
    expect(opened[0].socket.connected).toBe(false);
  });

  it('logs the user out with the reason when the session is revoked', () => {
    opened[0].socket.handlers.get('session.revoked')?.({ reason: 'deactivated' });
    expect(session.isAuthenticated()).toBe(false);
    expect(session.notice()).toBe('deactivated');
  });
});
