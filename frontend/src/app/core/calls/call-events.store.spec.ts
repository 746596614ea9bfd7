import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AgentPresence, ScreenPop } from '@switchboard/contracts';

import { FakeSocket } from '../../testing/fake-socket';
import { aUser } from '../../testing/fixtures';
import { SessionStore } from '../auth/session.store';
import { AGENT_SOCKET_FACTORY, AgentSocket } from '../realtime/realtime.service';
import { CallEventsStore } from './call-events.store';
import { CallNotifier } from './call-notifier';

const pop = (callId: string): ScreenPop => ({
  callId,
  direction: 'inbound',
  callerNumber: '+380931112233',
  queue: null,
  client: null,
  openOrders: [],
  debt: { total: '0.00', overdue: '0.00', currency: 'UAH' },
  bonusBalance: '0.00',
  lastInteractions: [],
  openTasks: [],
});

const presence = (overrides: Partial<AgentPresence> = {}): AgentPresence => ({
  userId: 'u-1',
  extension: '1001',
  device: 'not-in-use',
  queues: [],
  status: 'available',
  wrapUpUntil: null,
  wrapUpCallId: null,
  updatedAt: '2026-01-01T10:00:00Z',
  ...overrides,
});

describe('CallEventsStore', () => {
  let socket: FakeSocket;
  let store: CallEventsStore;
  let http: HttpTestingController;
  const ringing = vi.fn();

  beforeEach(async () => {
    localStorage.clear();
    socket = new FakeSocket();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AGENT_SOCKET_FACTORY, useValue: () => socket as unknown as AgentSocket },
        { provide: CallNotifier, useValue: { ringing, requestPermission: vi.fn() } },
      ],
    });
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const session = TestBed.inject(SessionStore);
    store = TestBed.inject(CallEventsStore);
    http = TestBed.inject(HttpTestingController);
    const done = session.login({ login: 'anna', password: 'secret123' });
    http.expectOne('/api/auth/login').flush({ accessToken: 't', user: aUser() });
    await done;
    TestBed.tick();
    http.expectOne('/api/agents/me').flush(presence());
  });

  it('stacks pops from the socket, notifies, and follows answer and end into wrap-up', () => {
    socket.emit('call.ringing', pop('a'));
    socket.emit('call.ringing', pop('b'));
    expect(store.pops().map((entry) => entry.pop.callId)).toEqual(['b', 'a']);
    expect(ringing).toHaveBeenCalledTimes(2);
    socket.emit('call.ringStopped', { callId: 'a', reason: 'answered-elsewhere' });
    socket.emit('call.answered', { callId: 'b', answeredAt: '2026-01-01T10:00:00Z' });
    socket.emit('call.ended', { callId: 'b', disposition: 'answered', talkSeconds: 5, endedAt: 'T' });
    expect(store.pops().map((entry) => entry.state)).toEqual(['ended', 'retracted']);
    expect(store.wrapUp()).toMatchObject({ callId: 'b', entry: { pop: { callId: 'b' } } });
    store.closeWrapUp(true);
    expect(store.pops().map((entry) => entry.pop.callId)).toEqual(['a']);
    socket.emit('agent.statusChanged', presence({ status: 'wrap-up', wrapUpCallId: 'b' }));
    expect(store.wrapUp()).toBeNull();
  });

  it('opens wrap-up from presence for a call without a pop, and ignores other agents', () => {
    socket.emit('agent.statusChanged', presence({ userId: 'someone-else', status: 'paused' }));
    expect(store.presence()?.status).toBe('available');
    socket.emit('agent.statusChanged', presence({ status: 'wrap-up', wrapUpCallId: 'c' }));
    expect(store.presence()?.status).toBe('wrap-up');
    expect(store.wrapUp()).toMatchObject({ callId: 'c', entry: null });
  });

  it('drops a dismissed pop and does not open wrap-up for a call that was never answered here', () => {
    socket.emit('call.ringing', pop('a'));
    socket.emit('call.ended', { callId: 'a', disposition: 'abandoned', talkSeconds: 0, endedAt: 'T' });
    expect(store.wrapUp()).toBeNull();
    store.dismiss('a');
    expect(store.pops()).toEqual([]);
  });
});
