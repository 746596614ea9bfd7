import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { TEAM_TASK_PERIODS, TeamTaskPeriod, TeamTaskRow, TeamTaskSummary } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { byTestId, settle } from '../../../testing/dom';
import { TeamTasks } from './team-tasks';

const row = (id: string, done: number, overdue: number, open: number): TeamTaskRow => ({
  agent: { id, displayName: `Agent ${id}` },
  done,
  overdue,
  open,
});
const summary = (period: TeamTaskPeriod, rows: TeamTaskRow[]): TeamTaskSummary => ({
  period,
  from: '2026-03-16T00:00:00.000Z',
  to: '2026-03-23T00:00:00.000Z',
  rows,
});

describe('TeamTasks', () => {
  let fixture: ComponentFixture<TeamTasks>;
  let http: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const expectSummary = (period: TeamTaskPeriod) =>
    http.expectOne(
      (request) => request.url === '/api/supervisor/team-tasks' && request.params.get('period') === period,
    );
  const rows = () => [...element().querySelectorAll<HTMLElement>('[data-testid="team-tasks-row"]')];
  const toggle = (period: TeamTaskPeriod) =>
    byTestId(fixture, `team-tasks-${period}`)?.querySelector('button')?.click();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        TeamTasks,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TeamTasks);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it("shows today's counts per agent, overdue ones highlighted, with progress while loading", async () => {
    expect(element().querySelector('mat-progress-bar')).not.toBeNull();
    expect(byTestId(fixture, 'team-tasks-empty')).toBeNull();
    expectSummary('today').flush(summary('today', [row('a', 3, 2, 1), row('b', 1, 0, 4)]));
    await settle(fixture);
    expect(element().querySelector('mat-progress-bar')).toBeNull();
    const cells = (item: HTMLElement) =>
      [...item.querySelectorAll('td')].map((cell) => cell.textContent?.replace('warning', '').trim());
    expect(rows().map(cells)).toEqual([
      ['Agent a', '3', '2', '1'],
      ['Agent b', '1', '0', '4'],
    ]);
    const [late, fine] = rows();
    expect(late.classList).toContain('has-overdue');
    expect(late.querySelector('[data-testid="team-tasks-overdue"]')?.classList).toContain('overdue');
    expect(fine.classList).not.toContain('has-overdue');
    expect(fine.querySelector('[data-testid="team-tasks-overdue"]')?.classList).not.toContain('overdue');
  });

  it('switches to the week and back, showing the answer to the last choice only', async () => {
    const first = expectSummary('today');
    first.flush(summary('today', [row('a', 0, 0, 1)]));
    await settle(fixture);
    toggle('week');
    await settle(fixture);
    const week = expectSummary('week');
    toggle('today');
    await settle(fixture);
    expect(week.cancelled).toBe(true);
    expectSummary('today').flush(summary('today', [row('c', 5, 0, 0)]));
    await settle(fixture);
    expect(rows().map((item) => item.textContent)).toEqual([expect.stringContaining('Agent c')]);
  });

  it('says so when there is no agent to show, and shows a failure instead', async () => {
    expectSummary('today').flush(summary('today', []));
    await settle(fixture);
    expect(byTestId(fixture, 'team-tasks-empty')?.textContent).toContain(en.teamTasks.empty);
    toggle('week');
    await settle(fixture);
    expectSummary('week').flush(
      { code: 'FORBIDDEN', message: 'no' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle(fixture);
    expect(byTestId(fixture, 'team-tasks-empty')).toBeNull();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(en.errors.forbidden);
  });
});

describe('team tasks translations', () => {
  it('names every period', () => {
    expect(Object.keys(en.teamTasks.periods)).toEqual([...TEAM_TASK_PERIODS]);
  });
});
