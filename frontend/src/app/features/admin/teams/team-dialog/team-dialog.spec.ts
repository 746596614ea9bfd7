import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Team } from '@switchboard/contracts';

import en from '../../../../../../public/i18n/en.json';
import { byTestId, fieldError, settle, typeInto } from '../../../../testing/dom';
import { aUser } from '../../../../testing/fixtures';
import { TeamsStore } from '../teams.store';
import { TeamDialog } from './team-dialog';

const team: Team = {
  id: 't-1',
  name: 'Sales',
  members: [{ id: 'gone', displayName: 'Gone Agent', role: 'operator' }],
  queues: ['sales'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('TeamDialog', () => {
  let fixture: ComponentFixture<TeamDialog>;
  let http: HttpTestingController;
  let closedWith: unknown[];

  const query = (testId: string) => byTestId(fixture, testId);
  const inOverlay = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

  async function open(data: Team | null): Promise<void> {
    closedWith = [];
    TestBed.configureTestingModule({
      imports: [
        TeamDialog,
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
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (result: unknown) => closedWith.push(result) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TeamDialog);
    http.expectOne('/api/agents/queues').flush({ queues: ['sales', 'support'] });
    http
      .expectOne((request) => request.url === '/api/users')
      .flush({
        items: [
          aUser({ id: 'u-1', displayName: 'Anna Operator' }),
          aUser({ id: 'u-2', displayName: 'Sam Boss', role: 'supervisor' }),
        ],
        total: 2,
        page: 1,
        pageSize: 200,
      });
    await settle(fixture);
  }

  async function pickMember(id: string): Promise<void> {
    query('team-members')?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle(fixture);
    inOverlay(`team-member-${id}`)?.click();
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('creates a team from a name, picked members with their roles, and typed queues', async () => {
    await open(null);
    expect((fixture.nativeElement as HTMLElement).querySelector('h2')?.textContent?.trim()).toBe(
      en.teams.createTitle,
    );
    typeInto(fixture, 'team-name', '  Night shift ');
    await pickMember('u-2');
    expect(inOverlay('team-member-u-2')?.textContent).toContain('Sam Boss · Supervisor');
    typeInto(fixture, 'team-queues', 'night, sales');
    query('team-save')?.click();
    await settle(fixture);

    const post = http.expectOne({ method: 'POST', url: '/api/teams' });
    expect(post.request.body).toEqual({
      name: 'Night shift',
      memberIds: ['u-2'],
      queues: ['night', 'sales'],
    });
    post.flush({ ...team, id: 't-2' });
    await settle(fixture);
    http.expectOne({ method: 'GET', url: '/api/teams' }).flush([]);
    expect(closedWith).toEqual([{ ...team, id: 't-2' }]);
  });

  it('shows what the server refused on the fields and stays open', async () => {
    await open(null);
    typeInto(fixture, 'team-name', 'Sales');
    query('team-save')?.click();
    await settle(fixture);
    http.expectOne({ method: 'POST', url: '/api/teams' }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid',
        details: [
          { field: 'name', code: 'TAKEN', reason: 'taken' },
          { field: 'memberIds', code: 'NOT_FOUND', reason: 'gone' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(fieldError(query('team-name'))).toBe(en.teams.nameTaken);
    expect(fieldError(query('team-members'))).toBe(en.teams.memberGone);
    expect(closedWith).toEqual([]);
  });

  it('does not send an empty name or too long a queue', async () => {
    await open(null);
    typeInto(fixture, 'team-queues', 'q'.repeat(65));
    query('team-save')?.click();
    await settle(fixture);
    expect(fieldError(query('team-name'))).toBe(en.validation.required);
    expect(fieldError(query('team-queues'))).toBe(en.teams.queueTooLong);
  });

  it('edits a team with PUT, keeping a member who is no longer active', async () => {
    await open(team);
    expect((fixture.nativeElement as HTMLElement).querySelector('h2')?.textContent?.trim()).toBe(
      'Edit team Sales',
    );
    expect(query('team-members')?.textContent).toContain('Gone Agent');
    expect(query('team-queue')?.textContent).toContain('sales');
    await pickMember('u-1');
    query('team-save')?.click();
    await settle(fixture);
    const put = http.expectOne({ method: 'PUT', url: '/api/teams/t-1' });
    expect(put.request.body).toEqual({ name: 'Sales', memberIds: ['u-1', 'gone'], queues: ['sales'] });
    put.flush(team);
    await settle(fixture);
    http.expectOne({ method: 'GET', url: '/api/teams' }).flush([team]);
    expect(closedWith).toEqual([team]);
  });
});
