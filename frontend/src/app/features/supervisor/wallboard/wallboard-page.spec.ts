import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { User, WaitingCaller } from '@switchboard/contracts';
import { BehaviorSubject, of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import { SessionStore } from '../../../core/auth/session.store';
import { BarLineChart, BarLineData } from '../../../shared/charts/bar-line-chart';
import { byTestId, settle } from '../../../testing/dom';
import { provideTestDates } from '../../../testing/dates';
import { aUser } from '../../../testing/fixtures';
import {
  aCounts,
  aLiveQueue,
  aQueueSettings,
  aWaitingCaller,
  anInterval,
} from '../../../testing/supervisor-fixtures';
import { LiveQueue } from '../board/board-state';
import { BoardStatus, SupervisorStore } from '../supervisor.store';
import { WallboardPage } from './wallboard-page';

@Component({ selector: 'sb-bar-line-chart', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class FakeChart {
  readonly data = input.required<BarLineData>();
  readonly label = input.required<string>();
}

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static readonly shown: { title: string; options?: NotificationOptions }[] = [];
  static requestPermission = vi.fn(async () => 'granted' as NotificationPermission);
  onclick: (() => void) | null = null;
  constructor(title: string, options?: NotificationOptions) {
    FakeNotification.shown.push({ title, options });
  }
  close(): void {
    // Nothing is on screen to close.
  }
}

const NOW = Date.parse('2026-12-03T10:00:00.000Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('WallboardPage', () => {
  let fixture: ComponentFixture<WallboardPage>;
  let query: BehaviorSubject<ReturnType<typeof convertToParamMap>>;
  const store = {
    status: signal<BoardStatus>('ready'),
    failure: signal(null),
    queues: signal<LiveQueue[]>([]),
    waiting: signal<WaitingCaller[]>([]),
    agents: signal([]),
    now: signal(NOW),
    settingsSaved: vi.fn(),
  };
  const user = signal<User | null>(aUser({ role: 'supervisor' }));

  const find = (testId: string) => byTestId(fixture, testId);
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    FakeNotification.shown.length = 0;
    FakeNotification.permission = 'granted';
    vi.stubGlobal('Notification', FakeNotification);
    store.status.set('ready');
    store.queues.set([aLiveQueue({ queue: 'sales', waiting: 2 }), aLiveQueue({ queue: 'support' })]);
    store.waiting.set([]);
    store.now.set(NOW);
    user.set(aUser({ role: 'supervisor' }));
    query = new BehaviorSubject(convertToParamMap({}));
    TestBed.configureTestingModule({
      imports: [
        WallboardPage,
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
        provideTestDates(),
        { provide: SupervisorStore, useValue: store },
        { provide: SessionStore, useValue: { role: () => user()?.role ?? null, user } },
        {
          provide: ActivatedRoute,
          useValue: { queryParamMap: query, snapshot: { queryParamMap: convertToParamMap({}) } },
        },
      ],
    });
    TestBed.overrideComponent(WallboardPage, {
      remove: { imports: [BarLineChart] },
      add: { imports: [FakeChart] },
    });
    vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(WallboardPage);
    await render();
  });

  afterEach(() => vi.unstubAllGlobals());

  it('shows a tile per queue with its waiting count, and no edit button for a supervisor', () => {
    expect(find('queue-tile-sales')?.getAttribute('data-level')).toBe('ok');
    expect(find('queue-waiting-sales')?.textContent?.trim()).toBe('2');
    expect(find('queue-tile-support')).not.toBeNull();
    expect(find('queue-edit-sales')).toBeNull();
  });

  it('writes the rates of the day and the short abandons apart', async () => {
    store.queues.set([
      aLiveQueue({
        queue: 'sales',
        today: aCounts({
          offered: 40,
          answered: 34,
          abandoned: 4,
          shortAbandoned: 2,
          serviceLevel: 0.8421,
          abandonRate: 0.105,
          averageSpeedOfAnswer: 14.4,
          averageHandleTime: 205,
        }),
      }),
    ]);
    await render();
    expect(find('queue-service-level-sales')?.textContent?.trim()).toBe('84%');
    expect(find('queue-answered-sales')?.textContent?.trim()).toBe('34 / 40');
    expect(find('queue-abandoned-sales')?.textContent).toContain('4');
    expect(find('queue-short-abandoned-sales')?.textContent?.trim()).toBe('+2 short');
    expect(find('queue-abandon-rate-sales')?.textContent?.trim()).toBe('11%');
    expect(find('queue-asa-sales')?.textContent?.trim()).toBe('0:14');
    expect(find('queue-aht-sales')?.textContent?.trim()).toBe('3:25');
  });

  it("counts the queue's agents by state and the paused ones by reason, default reasons named", async () => {
    const agents = { loggedIn: 6, available: 2, ringing: 1, onCall: 3, wrapUp: 0, paused: 3 };
    store.queues.set([
      aLiveQueue({ queue: 'sales', agents: { ...agents, pausedByReason: { lunch: 2, Coffee: 1 } } }),
    ]);
    await render();
    expect(find('queue-agents-sales')?.textContent?.replace(/\s+/g, ' ')).toContain('3 on a call');
    const reasons = [...(find('queue-pause-reasons-sales')?.querySelectorAll('li') ?? [])];
    expect(reasons.map((reason) => reason.textContent?.trim())).toEqual(['Coffee 1', 'Lunch 2']);
  });

  it('ticks the longest wait, turns the tile amber then red, and alerts once per turn', async () => {
    store.queues.set([aLiveQueue({ queue: 'sales', longestWaitingSince: ago(50) })]);
    await render();
    expect(find('queue-longest-wait-sales')?.textContent?.trim()).toBe('0:50');
    expect(find('queue-tile-sales')?.getAttribute('data-level')).toBe('ok');

    store.now.set(NOW + 11_000);
    await render();
    expect(find('queue-longest-wait-sales')?.textContent?.trim()).toBe('1:01');
    expect(find('queue-tile-sales')?.getAttribute('data-level')).toBe('amber');
    store.now.set(NOW + 12_000);
    await render();
    expect(FakeNotification.shown.map((shown) => shown.title)).toEqual(['sales: Warning']);
    expect(FakeNotification.shown[0].options?.body).toBe('Longest wait');

    store.now.set(NOW + 71_000);
    await render();
    expect(find('queue-tile-sales')?.getAttribute('data-level')).toBe('red');
    expect(FakeNotification.shown.map((shown) => shown.title)).toEqual(['sales: Warning', 'sales: Critical']);
  });

  it('alerts nothing for queues it sees for the first time, or without permission', async () => {
    store.queues.set([aLiveQueue({ queue: 'billing', waiting: 9 })]);
    await render();
    expect(find('queue-tile-billing')?.getAttribute('data-level')).toBe('red');
    expect(FakeNotification.shown).toEqual([]);
  });

  it('asks for alert permission from a click when the browser has not been asked', async () => {
    FakeNotification.permission = 'default';
    fixture = TestBed.createComponent(WallboardPage);
    await render();
    find('wallboard-alerts')?.click();
    await settle(fixture);
    await render();
    expect(FakeNotification.requestPermission).toHaveBeenCalled();
    expect(find('wallboard-alerts')).toBeNull();
    expect(find('wallboard-alerts-on')).not.toBeNull();
  });

  it('lists the waiting callers longest first, with the number and the client', async () => {
    store.waiting.set([
      aWaitingCaller({ callId: 'b', joinedAt: ago(5), client: null }),
      aWaitingCaller({ callId: 'a', joinedAt: ago(75) }),
    ]);
    await render();
    const items = [...(find('waiting-list')?.querySelectorAll('li') ?? [])];
    expect(items.map((item) => item.getAttribute('data-testid'))).toEqual([
      'waiting-caller-a',
      'waiting-caller-b',
    ]);
    expect(items[0].textContent).toContain('1:15');
    expect(items[0].textContent).toContain('Olena Kovalenko');
    expect(items[0].querySelector('[data-testid="waiting-caller-number"]')?.textContent).toContain(
      '93 111 2233',
    );
    expect(items[1].textContent).toContain('Unknown number');
  });

  it('charts the selected queue, or all queues, and says when there is nothing yet', async () => {
    store.queues.set([
      aLiveQueue({ queue: 'sales', intervals: [anInterval('2026-12-03T09:00:00.000Z', { offered: 3 })] }),
      aLiveQueue({ queue: 'support', intervals: [anInterval('2026-12-03T09:00:00.000Z', { offered: 2 })] }),
    ]);
    await render();
    const chart = () => fixture.debugElement.query((node) => node.componentInstance instanceof FakeChart);
    expect((chart().componentInstance as FakeChart).data().bars[0].data).toEqual([5]);
    const pick = async (label: string) => {
      find('wallboard-queue-select')?.click();
      await render();
      [...document.querySelectorAll<HTMLElement>('mat-option')]
        .find((option) => option.textContent?.trim() === label)
        ?.click();
      await render();
    };
    expect(find('wallboard-queue-select')?.textContent).toContain('All queues');
    await pick('sales');
    await render();
    expect((chart().componentInstance as FakeChart).data().bars[0].data).toEqual([3]);
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ queryParams: { queue: 'sales' } }),
    );
    await pick('All queues');
    expect((chart().componentInstance as FakeChart).data().bars[0].data).toEqual([5]);
    store.queues.set([aLiveQueue({ queue: 'sales', intervals: [] })]);
    await render();
    expect(find('wallboard-chart-empty')).not.toBeNull();
  });

  it('shows the loading bar, a refusal and the empty state', async () => {
    store.status.set('loading');
    store.queues.set([]);
    await render();
    expect(find('wallboard-loading')).not.toBeNull();
    expect(find('wallboard-empty')).toBeNull();
    store.status.set('ready');
    await render();
    expect(find('wallboard-empty')).not.toBeNull();
    store.status.set('failed');
    await render();
    expect(find('wallboard-error')).not.toBeNull();
  });

  it('opens the help with the formulas from the keyboard-reachable button', async () => {
    const help = find('wallboard-help') as HTMLButtonElement;
    expect(help.getAttribute('aria-expanded')).toBe('false');
    help.click();
    await render();
    expect(help.getAttribute('aria-expanded')).toBe('true');
    expect(find('wallboard-formulas')?.textContent).toContain(en.wallboard.help.serviceLevel.text);
  });

  it('goes to TV mode by the address: the board alone over the whole window, no edit, a way out', async () => {
    user.set(aUser({ role: 'admin' }));
    query.next(convertToParamMap({ tv: '1' }));
    await render();
    const inOverlay = (testId: string) =>
      document.querySelector<HTMLElement>(`.cdk-overlay-container [data-testid="${testId}"]`);
    expect(inOverlay('wallboard-board')?.classList).toContain('tv');
    expect(inOverlay('queue-tile-sales')).not.toBeNull();
    expect(find('wallboard-board')).toBeNull();
    expect(find('wallboard-tv')).toBeNull();
    expect(inOverlay('queue-edit-sales')).toBeNull();
    inOverlay('wallboard-tv-exit')?.click();
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ queryParams: { tv: null } }),
    );
    query.next(convertToParamMap({}));
    await render();
    expect(inOverlay('wallboard-board')).toBeNull();
    expect(find('wallboard-board')?.classList).not.toContain('tv');
  });

  it('asks for the full screen when TV mode is chosen by the button', async () => {
    const requestFullscreen = vi.fn(async () => undefined);
    document.documentElement.requestFullscreen = requestFullscreen;
    find('wallboard-tv')?.click();
    expect(requestFullscreen).toHaveBeenCalled();
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ queryParams: { tv: 1 } }),
    );
  });

  it("lets an admin edit a queue's settings and shows them at once", async () => {
    user.set(aUser({ role: 'admin' }));
    await render();
    const saved = aQueueSettings({ queue: 'sales', serviceLevelSeconds: 30 });
    const open = vi
      .spyOn(TestBed.inject(MatDialog), 'open')
      .mockReturnValue({ afterClosed: () => of(saved) } as never);
    find('queue-edit-sales')?.click();
    await render();
    expect(open.mock.calls[0][1]?.data).toEqual({ settings: store.queues()[0].settings });
    expect(store.settingsSaved).toHaveBeenCalledWith(saved);
  });
});
