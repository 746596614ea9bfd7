import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ApiError, SessionRevokedPayload, WallboardSnapshot } from '@switchboard/contracts';

import { FakeSocket } from '../../testing/fake-socket';
import { aUser } from '../../testing/fixtures';
import { SessionStore } from '../auth/session.store';
import { AGENT_SOCKET_FACTORY, AgentSocket, RealtimeService } from './realtime.service';

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

  it('tells the server the latest word of a topic now and again on every reconnect', () => {
    const realtime = TestBed.inject(RealtimeService);
    const socket = opened[0].socket;
    const sent = vi.spyOn(socket, 'emit');
    realtime.tell('console', 'console.opened');
    expect(sent.mock.calls.map(([event]) => event)).toEqual(['console.opened']);
    realtime.tell('console', 'console.closed');
    sent.mockClear();
    // A reconnect is a new socket on the server, which knows nothing yet.
    socket.handlers.get('connect')?.(undefined as never);
    expect(sent.mock.calls.map(([event]) => event)).toEqual(['console.closed']);
  });

  it('asks the server now and after every reconnect, handing each answer on until the topic moves on', () => {
    const realtime = TestBed.inject(RealtimeService);
    const socket = opened[0].socket;
    const acks: ((reply: WallboardSnapshot | ApiError) => void)[] = [];
    const sent = vi.spyOn(socket, 'emit').mockImplementation((event: string, ack: unknown) => {
      if (event === 'wallboard.opened') acks.push(ack as (reply: WallboardSnapshot | ApiError) => void);
    });
    const answers: unknown[] = [];
    realtime.ask('wallboard', 'wallboard.opened', (reply) => answers.push(reply));
    const snapshot = (at: string): WallboardSnapshot => ({ at, queues: [], waiting: [], agents: [] });
    acks[0](snapshot('first'));

    socket.handlers.get('connect')?.(undefined as never);
    expect(acks).toHaveLength(2);
    acks[1]({ code: 'FORBIDDEN', message: 'Supervisors only' });
    expect(answers).toEqual([snapshot('first'), { code: 'FORBIDDEN', message: 'Supervisors only' }]);

    // The page was left: a late answer to the last ask is dropped and a reconnect sends only the close.
    realtime.ask('wallboard', 'wallboard.opened', (reply) => answers.push(reply));
    realtime.tell('wallboard', 'wallboard.closed');
    acks[2](snapshot('late'));
    expect(answers).toHaveLength(2);
    sent.mockClear();
    socket.handlers.get('connect')?.(undefined as never);
    expect(sent.mock.calls.map(([event]) => event)).toEqual(['wallboard.closed']);
  });

  it('asks nothing while disconnected and asks once the socket connects', () => {
    const realtime = TestBed.inject(RealtimeService);
    const socket = opened[0].socket;
    socket.connected = false;
    const sent = vi.spyOn(socket, 'emit').mockImplementation(() => undefined);
    realtime.ask('wallboard', 'wallboard.opened', () => undefined);
    expect(sent).not.toHaveBeenCalled();
    socket.connected = true;
    socket.handlers.get('connect')?.(undefined as never);
    expect(sent.mock.calls.map(([event]) => event)).toEqual(['wallboard.opened']);
  });

  it('logs the user out with the reason when the session is revoked', () => {
    const revoked: SessionRevokedPayload = { reason: 'deactivated' };
    opened[0].socket.handlers.get('session.revoked')?.(revoked as never);
    expect(session.isAuthenticated()).toBe(false);
    expect(session.notice()).toBe('deactivated');
  });

  it('hands server events to listeners until they stop, also on a new socket', () => {
    const seen: string[] = [];
    const stop = TestBed.inject(RealtimeService).on('clients.importProgressed', (status) =>
      seen.push(status.state),
    );
    session.logout();
    TestBed.tick();
    const done = session.login({ login: 'anna', password: 'secret123' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 'tok-2', user: aUser() });
    return done.then(() => {
      TestBed.tick();
      const handler = opened[1].socket.handlers.get('clients.importProgressed');
      handler?.({ state: 'running' } as never);
      stop();
      expect(seen).toEqual(['running']);
      expect(opened[1].socket.handlers.has('clients.importProgressed')).toBe(false);
    });
  });
});
