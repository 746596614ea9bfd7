import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ApiError, WallboardSnapshot } from '@switchboard/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { AGENT_SOCKET_FACTORY, AgentSocket, RealtimeService } from '../../core/realtime/realtime.service';
import { FakeSocket } from '../../testing/fake-socket';
import { aUser } from '../../testing/fixtures';
import {
  aLiveQueue,
  aQueueSettings,
  aQueueStats,
  aWaitingCaller,
  anAgentRow,
} from '../../testing/supervisor-fixtures';
import { SupervisorStore } from './supervisor.store';

type Ack = (reply: WallboardSnapshot | ApiError) => void;

const snapshot = (overrides: Partial<WallboardSnapshot> = {}): WallboardSnapshot => ({
  at: '2026-12-03T10:00:00.000Z',
  queues: [aLiveQueue({ queue: 'sales', waiting: 1 })],
  waiting: [aWaitingCaller({ callId: 'a' })],
  agents: [anAgentRow({ userId: 'u-1' })],
  ...overrides,
});

describe('SupervisorStore', () => {
  let socket: FakeSocket;
  let sent: string[];
  let acks: Ack[];
  let injector: ReturnType<typeof createEnvironmentInjector>;
  let store: SupervisorStore;

  /** What the server sending `event` looks like to the page. */
  const serverSends = (event: string, payload?: unknown) => socket.handlers.get(event)?.(payload as never);

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(Date.parse('2026-12-03T09:59:58.000Z'));
    localStorage.clear();
    socket = new FakeSocket();
    sent = [];
    acks = [];
    vi.spyOn(socket, 'emit').mockImplementation((event: string, ack: unknown) => {
      sent.push(event);
      if (event === 'wallboard.opened') acks.push(ack as Ack);
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AGENT_SOCKET_FACTORY, useValue: () => socket as unknown as AgentSocket },
      ],
    });
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const session = TestBed.inject(SessionStore);
    TestBed.inject(RealtimeService);
    const done = session.login({ login: 'sofia', password: 'secret123' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', user: aUser({ role: 'supervisor' }) });
    await done;
    TestBed.tick();
    injector = createEnvironmentInjector([SupervisorStore], TestBed.inject(EnvironmentInjector));
    store = injector.get(SupervisorStore);
  });

  afterEach(() => vi.useRealTimers());

  it('opens the wallboard, loading until the snapshot answers', () => {
    expect(sent).toEqual(['wallboard.opened']);
    expect(store.status()).toBe('loading');
    acks[0](snapshot());
    expect(store.status()).toBe('ready');
    expect(store.queues().map((queue) => [queue.queue, queue.waiting])).toEqual([['sales', 1]]);
    expect(store.waiting().map((caller) => caller.callId)).toEqual(['a']);
    expect(store.agents().map((agent) => agent.userId)).toEqual(['u-1']);
  });

  it('applies every delta to the snapshot', () => {
    acks[0](snapshot());
    serverSends('wallboard.changed', {
      queues: [aQueueStats({ queue: 'sales', waiting: 2 }), aQueueStats({ queue: 'support', waiting: 4 })],
      callersJoined: [aWaitingCaller({ callId: 'b' })],
      callersLeft: [{ callId: 'a', queue: 'sales' }],
      agents: [anAgentRow({ userId: 'u-1', state: 'on-call' })],
    });
    expect(store.queues().map((queue) => [queue.queue, queue.waiting])).toEqual([
      ['sales', 2],
      ['support', 4],
    ]);
    expect(store.waiting().map((caller) => caller.callId)).toEqual(['b']);
    expect(store.agents().map((agent) => agent.state)).toEqual(['on-call']);
  });

  it('asks again after a reconnect and after a scope change, each snapshot replacing the board', () => {
    acks[0](snapshot());
    serverSends('connect');
    acks[1](snapshot({ queues: [aLiveQueue({ queue: 'billing' })], waiting: [], agents: [] }));
    expect(store.queues().map((queue) => queue.queue)).toEqual(['billing']);
    expect(store.waiting()).toEqual([]);
    serverSends('wallboard.scopeChanged');
    expect(sent).toEqual(['wallboard.opened', 'wallboard.opened', 'wallboard.opened']);
    acks[2](snapshot());
    expect(store.queues().map((queue) => queue.queue)).toEqual(['sales']);
  });

  it('shows a refusal, and recovers with the next snapshot', () => {
    acks[0]({ code: 'FORBIDDEN', message: 'Supervisors and admins only' });
    expect(store.status()).toBe('failed');
    expect(store.failure()?.message).toBe('Supervisors and admins only');
    serverSends('connect');
    acks[1](snapshot());
    expect(store.status()).toBe('ready');
    expect(store.failure()).toBeNull();
  });

  it("ticks every second by the server's clock", () => {
    // The browser's clock is two seconds behind the server's.
    acks[0](snapshot({ at: '2026-12-03T10:00:00.000Z' }));
    expect(store.now()).toBe(Date.parse('2026-12-03T10:00:00.000Z'));
    vi.advanceTimersByTime(3000);
    expect(store.now()).toBe(Date.parse('2026-12-03T10:00:03.000Z'));
  });

  it('colours by saved settings before the next figures arrive', () => {
    acks[0](snapshot());
    store.settingsSaved(aQueueSettings({ queue: 'sales', serviceLevelSeconds: 45 }));
    expect(store.queues()[0].settings.serviceLevelSeconds).toBe(45);
  });

  it('closes the wallboard when it goes, hears no more deltas and stops ticking', () => {
    acks[0](snapshot());
    injector.destroy();
    expect(sent).toEqual(['wallboard.opened', 'wallboard.closed']);
    expect(socket.handlers.has('wallboard.changed')).toBe(false);
    const before = store.now();
    vi.advanceTimersByTime(5000);
    expect(store.now()).toBe(before);
    serverSends('connect');
    expect(sent.at(-1)).toBe('wallboard.closed');
  });
});
