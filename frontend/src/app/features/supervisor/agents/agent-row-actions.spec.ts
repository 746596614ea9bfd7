import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AgentBoardRow, MonitorMode, MonitorSession } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { byTestId, settle } from '../../../testing/dom';
import { anAgentRow } from '../../../testing/supervisor-fixtures';
import { AgentRowActions } from './agent-row-actions';

const onCall = anAgentRow({
  userId: 'u-7',
  extension: '1007',
  displayName: 'Ivan',
  state: 'on-call',
  queues: ['sales', 'support'],
  call: {
    callId: 'call-9',
    number: '+380931112233',
    queue: 'sales',
    client: null,
    openOrdersValue: null,
    debt: null,
    currency: null,
    since: '2026-12-03T10:00:00.000Z',
    answered: true,
  },
});

const session = (mode: MonitorMode, overrides: Partial<MonitorSession> = {}): MonitorSession => ({
  id: 'm-1',
  supervisor: { id: 'sup', displayName: 'Sofia' },
  agent: { id: 'u-7', displayName: 'Ivan' },
  callId: 'call-9',
  mode,
  modeChanges: [{ at: '2026-12-03T10:01:00.000Z', mode }],
  startedAt: '2026-12-03T10:01:00.000Z',
  endedAt: null,
  ...overrides,
});

describe('AgentRowActions', () => {
  let fixture: ComponentFixture<AgentRowActions>;
  let http: HttpTestingController;
  const snackBar = { open: vi.fn() };

  const find = (testId: string) => byTestId(fixture, testId) as HTMLButtonElement | null;
  const inMenu = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const click = async (element: HTMLElement | null) => {
    element?.click();
    await settle(fixture);
  };
  const show = async (row: AgentBoardRow) => {
    fixture.componentRef.setInput('row', row);
    await settle(fixture);
  };

  beforeEach(async () => {
    snackBar.open.mockClear();
    TestBed.configureTestingModule({
      imports: [
        AgentRowActions,
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
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgentRowActions);
    await show(onCall);
  });

  afterEach(() => http.verify());

  it('offers monitoring only while the agent talks on a call', async () => {
    expect(find('agent-listen-1007')?.getAttribute('aria-disabled')).not.toBe('true');
    await show({ ...onCall, state: 'available', call: null });
    for (const mode of ['listen', 'whisper', 'barge']) {
      expect(find(`agent-${mode}-1007`)?.getAttribute('aria-disabled')).toBe('true');
    }
    await show({ ...onCall, state: 'ringing', call: onCall.call && { ...onCall.call, answered: false } });
    expect(find('agent-listen-1007')?.getAttribute('aria-disabled')).toBe('true');
    await click(find('agent-listen-1007'));
    http.expectNone('/api/monitoring');
  });

  it('listens, shows the mode running, switches to whisper and stops', async () => {
    await click(find('agent-listen-1007'));
    const start = http.expectOne({ method: 'POST', url: '/api/monitoring' });
    expect(start.request.body).toEqual({ agentId: 'u-7', mode: 'listen' });
    start.flush(session('listen'));
    await settle(fixture);
    const modes = find('agent-monitor-mode-1007');
    expect(modes?.querySelector('[data-testid="agent-listen-1007"]')?.classList).toContain(
      'mat-button-toggle-checked',
    );

    await click(modes?.querySelector<HTMLElement>('[data-testid="agent-whisper-1007"] button') ?? null);
    const change = http.expectOne({ method: 'PATCH', url: '/api/monitoring/m-1' });
    expect(change.request.body).toEqual({ mode: 'whisper' });
    change.flush(session('whisper'));
    await settle(fixture);
    expect(find('agent-whisper-1007')?.classList).toContain('mat-button-toggle-checked');

    await click(find('agent-monitor-stop-1007'));
    http
      .expectOne({ method: 'DELETE', url: '/api/monitoring/m-1' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(find('agent-monitor-mode-1007')).toBeNull();
    expect(find('agent-listen-1007')?.tagName).toBe('BUTTON');
  });

  it('forgets a session once the call it watched is over', async () => {
    await click(find('agent-barge-1007'));
    http.expectOne('/api/monitoring').flush(session('barge'));
    await settle(fixture);
    expect(find('agent-monitor-mode-1007')).not.toBeNull();
    await show({ ...onCall, call: onCall.call && { ...onCall.call, callId: 'call-10' } });
    expect(find('agent-monitor-mode-1007')).toBeNull();
  });

  it("shows the server's words when monitoring is refused", async () => {
    await click(find('agent-listen-1007'));
    http
      .expectOne('/api/monitoring')
      .flush(
        { code: 'PBX_ACTION_FAILED', message: 'The PBX refused ChanSpy' },
        { status: 502, statusText: 'Bad Gateway' },
      );
    await settle(fixture);
    expect(snackBar.open).toHaveBeenCalledWith('The PBX refused ChanSpy', 'Close', { duration: 6000 });
    expect(find('agent-monitor-mode-1007')).toBeNull();
  });

  it('pauses with a reason picked from the console settings, or none', async () => {
    await click(find('agent-pause-1007'));
    http
      .expectOne('/api/console-settings')
      .flush({ pauseReasons: ['lunch', 'Coffee'], dispositionCodes: [], wrapUpSeconds: null });
    await settle(fixture);
    expect(inMenu('agent-pause-reason-lunch')?.textContent?.trim()).toBe('Lunch');
    await click(inMenu('agent-pause-reason-Coffee'));
    const pause = http.expectOne({ method: 'POST', url: '/api/supervisor/agents/u-7/pause' });
    expect(pause.request.body).toEqual({ paused: true, reason: 'Coffee' });
    pause.flush(null);
    await settle(fixture);

    await click(find('agent-pause-1007'));
    await click(inMenu('agent-pause-no-reason'));
    expect(http.expectOne('/api/supervisor/agents/u-7/pause').request.body).toEqual({ paused: true });
  });

  it('unpauses a paused agent', async () => {
    await show({ ...onCall, state: 'paused', pauseReason: 'lunch', call: null });
    expect(find('agent-pause-1007')).toBeNull();
    await click(find('agent-unpause-1007'));
    expect(http.expectOne('/api/supervisor/agents/u-7/pause').request.body).toEqual({ paused: false });
  });

  it('logs the agent out of one of their queues', async () => {
    await click(find('agent-logout-1007'));
    expect(inMenu('agent-logout-queue-support')?.textContent?.trim()).toBe('Out of support');
    await click(inMenu('agent-logout-queue-support'));
    http.expectOne({ method: 'DELETE', url: '/api/supervisor/agents/u-7/queues/support' }).flush(null);
  });

  it('offers nothing to pause or log out of for a logged-out agent', async () => {
    await show({ ...onCall, state: 'logged-out', queues: [], call: null });
    expect(find('agent-pause-1007')?.disabled).toBe(true);
    expect(find('agent-logout-1007')?.disabled).toBe(true);
  });
});
