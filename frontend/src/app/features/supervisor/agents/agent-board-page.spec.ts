import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AgentBoardRow } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { byTestId, settle } from '../../../testing/dom';
import { provideTestDates } from '../../../testing/dates';
import { anAgentRow } from '../../../testing/supervisor-fixtures';
import { BoardStatus, SupervisorStore } from '../supervisor.store';
import { AgentBoardPage } from './agent-board-page';
import { ClientGlanceDialog } from './client-glance-dialog';

const NOW = Date.parse('2026-12-03T10:00:00.000Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('AgentBoardPage', () => {
  let fixture: ComponentFixture<AgentBoardPage>;
  const store = {
    status: signal<BoardStatus>('ready'),
    failure: signal(null),
    agents: signal<AgentBoardRow[]>([]),
    now: signal(NOW),
  };
  const find = (testId: string) => byTestId(fixture, testId);
  const cell = (extension: string, testId: string) =>
    find(`agent-row-${extension}`)?.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();
  const order = () =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll('tr[data-testid]')].map((row) =>
      row.getAttribute('data-testid'),
    );

  beforeEach(async () => {
    store.status.set('ready');
    store.now.set(NOW);
    store.agents.set([
      anAgentRow({
        userId: 'u-1',
        displayName: 'Olga',
        extension: '1001',
        state: 'on-call',
        stateSince: ago(125),
        call: {
          callId: 'call-1',
          number: '+380931112233',
          queue: 'sales',
          client: { id: 'c-9', name: 'Taras Shevchuk' },
          openOrdersValue: '2500.00',
          debt: '120.50',
          currency: 'UAH',
          since: ago(65),
          answered: true,
        },
        today: { handled: 12, averageHandleTime: 184, pauseSeconds: 900 },
      }),
      anAgentRow({
        userId: 'u-2',
        displayName: 'Boris',
        extension: '1002',
        state: 'paused',
        stateSince: ago(30),
        pauseReason: 'lunch',
      }),
      anAgentRow({ userId: 'u-3', displayName: 'Anna', extension: '1003', state: 'logged-out', queues: [] }),
    ]);
    TestBed.configureTestingModule({
      imports: [
        AgentBoardPage,
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
        { provide: SupervisorStore, useValue: store },
      ],
    });
    fixture = TestBed.createComponent(AgentBoardPage);
    await settle(fixture);
  });

  it('shows a row per agent, by name, with state, the call and the caller’s money', () => {
    expect(order()).toEqual(['agent-row-1003', 'agent-row-1002', 'agent-row-1001']);
    expect(cell('1001', 'agent-state')).toBe('On a call');
    expect(cell('1001', 'agent-in-state')).toBe('2:05');
    expect(cell('1001', 'agent-talk')).toBe('1:05');
    expect(cell('1001', 'agent-call-number')).toContain('93 111 2233');
    expect(cell('1001', 'agent-debt')).toBe('₴120.50');
    const olga = find('agent-row-1001')?.textContent ?? '';
    expect(olga).toContain('₴2,500.00');
    expect(olga).toContain('3:04');
    expect(olga).toContain('15:00');
    expect(find('agent-row-1002')?.textContent).toContain('Lunch');
  });

  it('greys a logged-out agent and keeps the row', () => {
    const anna = find('agent-row-1003');
    expect(anna?.getAttribute('data-state')).toBe('logged-out');
    expect(anna?.classList).toContain('logged-out');
  });

  it('ticks the time in state and the talk time', async () => {
    store.now.set(NOW + 10_000);
    await settle(fixture);
    expect(cell('1001', 'agent-in-state')).toBe('2:15');
    expect(cell('1001', 'agent-talk')).toBe('1:15');
  });

  it('sorts by a column header, then the other way', async () => {
    const header = (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(
      'th .mat-sort-header-container',
    )[1];
    header.click();
    await settle(fixture);
    expect(order()).toEqual(['agent-row-1001', 'agent-row-1002', 'agent-row-1003']);
    header.click();
    await settle(fixture);
    expect(order()).toEqual(['agent-row-1003', 'agent-row-1002', 'agent-row-1001']);
  });

  it("opens the caller's card read-only from the client's name", async () => {
    const open = vi.spyOn(TestBed.inject(MatDialog), 'open').mockReturnValue({} as never);
    (find('agent-client-1001') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledWith(
      ClientGlanceDialog,
      expect.objectContaining({ data: { clientId: 'c-9' } }),
    );
  });

  it('offers listening only on the agent who is talking', () => {
    expect(find('agent-listen-1001')?.getAttribute('aria-disabled')).not.toBe('true');
    expect(find('agent-listen-1002')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('says so when there is nobody to show, and while loading', async () => {
    store.agents.set([]);
    await settle(fixture);
    expect(find('agents-empty')).not.toBeNull();
    store.status.set('loading');
    await settle(fixture);
    expect(find('agents-empty')).toBeNull();
    expect(find('agents-loading')).not.toBeNull();
  });
});
