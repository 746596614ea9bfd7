import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Team } from '@switchboard/contracts';
import { of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import { ConfirmDialog } from '../../../shared/confirm-dialog/confirm-dialog';
import { byTestId, settle } from '../../../testing/dom';
import { TeamDialog } from './team-dialog/team-dialog';
import { TeamsPage } from './teams-page';
import { TeamsStore } from './teams.store';

const team: Team = {
  id: 't-1',
  name: 'Sales',
  members: [
    { id: 'u-1', displayName: 'Anna Operator', role: 'operator' },
    { id: 'u-2', displayName: 'Sam Boss', role: 'supervisor' },
  ],
  queues: ['sales', 'vip'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('TeamsPage', () => {
  let fixture: ComponentFixture<TeamsPage>;
  let http: HttpTestingController;

  const text = (testId: string) => byTestId(fixture, testId)?.textContent?.replace(/\s+/g, ' ').trim();
  let opened: { component: unknown; data: unknown }[];
  let answer: boolean | undefined;

  beforeEach(async () => {
    opened = [];
    const dialog = {
      open: (component: unknown, config: { data: unknown }) => {
        opened.push({ component, data: config.data });
        return { afterClosed: () => of(answer) };
      },
    };
    TestBed.configureTestingModule({
      imports: [
        TeamsPage,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        TeamsStore,
        { provide: MatDialog, useValue: dialog },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TeamsPage);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists teams with their members, supervisors marked, and queues', async () => {
    http
      .expectOne('/api/teams')
      .flush([team, { ...team, id: 't-2', name: 'Empty', members: [], queues: [] }]);
    await settle(fixture);
    const rows = (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="team-row"]');
    expect(rows).toHaveLength(2);
    expect(
      rows[0].querySelector('[data-testid="team-row-members"]')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe('Anna Operator, Sam Boss (Supervisor)');
    expect(rows[0].querySelector('.lead')?.textContent).toContain('Sam Boss');
    expect(rows[0].querySelector('[data-testid="team-row-queues"]')?.textContent?.trim()).toBe('sales, vip');
    expect(rows[1].textContent).toContain(en.teams.noMembers);
    expect(rows[1].textContent).toContain(en.teams.noQueues);
    expect(byTestId(fixture, 'teams-empty')).toBeNull();
  });

  it('shows the empty state once the list answers with nothing', async () => {
    expect(byTestId(fixture, 'teams-empty')).toBeNull();
    http.expectOne('/api/teams').flush([]);
    await settle(fixture);
    expect(text('teams-empty')).toContain(en.teams.empty);
  });

  it('deletes a team only after confirmation, then reloads', async () => {
    http.expectOne('/api/teams').flush([team]);
    await settle(fixture);
    answer = undefined;
    byTestId(fixture, 'team-delete')?.click();
    await settle(fixture);
    expect(opened).toEqual([
      {
        component: ConfirmDialog,
        data: {
          title: 'teams.deleteTitle',
          titleParams: { name: 'Sales' },
          text: 'teams.deleteText',
          confirmLabel: 'teams.deleteConfirm',
          testId: 'team-delete',
        },
      },
    ]);
    http.expectNone({ method: 'DELETE' });

    answer = true;
    byTestId(fixture, 'team-delete')?.click();
    await settle(fixture);
    http
      .expectOne({ method: 'DELETE', url: '/api/teams/t-1' })
      .flush(null, { status: 204, statusText: 'No' });
    await settle(fixture);
    http.expectOne('/api/teams').flush([]);
    await settle(fixture);
    expect(text('teams-empty')).toContain(en.teams.empty);
  });

  it('opens the team dialog empty to create and with the team to edit', async () => {
    http.expectOne('/api/teams').flush([team]);
    await settle(fixture);
    byTestId(fixture, 'team-create')?.click();
    byTestId(fixture, 'team-edit')?.click();
    expect(opened).toEqual([
      { component: TeamDialog, data: null },
      { component: TeamDialog, data: team },
    ]);
  });
});
