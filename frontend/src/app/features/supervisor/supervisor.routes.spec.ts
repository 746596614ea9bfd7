import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../public/i18n/en.json';
import { SessionStore } from '../../core/auth/session.store';
import { AGENT_SOCKET_FACTORY, AgentSocket, RealtimeService } from '../../core/realtime/realtime.service';
import { FakeSocket } from '../../testing/fake-socket';
import { provideTestDates } from '../../testing/dates';
import { aUser } from '../../testing/fixtures';
import { anAgentRow } from '../../testing/supervisor-fixtures';
import { routes } from './supervisor.routes';

@Component({ template: 'elsewhere', changeDetection: ChangeDetectionStrategy.OnPush })
class Elsewhere {}

describe('supervisor routes', () => {
  let socket: FakeSocket;
  let sent: string[];
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    socket = new FakeSocket();
    sent = [];
    vi.spyOn(socket, 'emit').mockImplementation((event: string, ack: unknown) => {
      sent.push(event);
      if (event === 'wallboard.opened')
        (ack as (reply: unknown) => void)({
          at: new Date().toISOString(),
          queues: [],
          waiting: [],
          agents: [anAgentRow()],
        });
    });
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideTestDates(),
        provideRouter([
          { path: 'supervisor', children: routes },
          { path: 'elsewhere', component: Elsewhere },
        ]),
        { provide: AGENT_SOCKET_FACTORY, useValue: () => socket as unknown as AgentSocket },
      ],
    });
    TestBed.inject(RealtimeService);
    const done = TestBed.inject(SessionStore).login({ login: 'sofia', password: 'secret123' });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', user: aUser({ role: 'supervisor' }) });
    await done;
    TestBed.tick();
    harness = await RouterTestingHarness.create();
  });

  const shown = (selector: string) => harness.routeNativeElement?.querySelector(selector) ?? null;

  it('opens on the wallboard, with tabs to the agents and the tasks', async () => {
    await harness.navigateByUrl('/supervisor');
    expect(shown('sb-wallboard-page')).not.toBeNull();
    const tabs = [
      ...(harness.routeNativeElement?.querySelectorAll('[data-testid^="supervisor-tab-"]') ?? []),
    ];
    expect(tabs.map((tab) => [tab.getAttribute('data-testid'), tab.getAttribute('href')])).toEqual([
      ['supervisor-tab-wallboard', '/supervisor'],
      ['supervisor-tab-agents', '/supervisor/agents'],
      ['supervisor-tab-tasks', '/supervisor/tasks'],
    ]);
    harness.detectChanges();
    expect(tabs.map((tab) => tab.classList.contains('mdc-tab--active'))).toEqual([true, false, false]);
    await harness.navigateByUrl('/supervisor/agents?sort=x');
    harness.detectChanges();
    expect(tabs.map((tab) => tab.classList.contains('mdc-tab--active'))).toEqual([false, true, false]);
    expect(sent).toEqual(['wallboard.opened']);
  });

  it('keeps the wallboard open between its screens and closes it on leaving them', async () => {
    await harness.navigateByUrl('/supervisor');
    await harness.navigateByUrl('/supervisor?tv=1');
    expect(
      document.querySelector('.cdk-overlay-container [data-testid="wallboard-board"].tv'),
    ).not.toBeNull();
    await harness.navigateByUrl('/supervisor/agents');
    harness.detectChanges();
    expect(shown('sb-agent-board-page [data-testid="agent-row-1001"]')).not.toBeNull();
    expect(sent).toEqual(['wallboard.opened']);
    expect(document.querySelector('.cdk-overlay-container [data-testid="wallboard-board"]')).toBeNull();
    await harness.navigateByUrl('/elsewhere', Elsewhere);
    expect(sent).toEqual(['wallboard.opened', 'wallboard.closed']);
  });
});
