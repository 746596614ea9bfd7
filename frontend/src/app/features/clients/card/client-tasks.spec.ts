import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Task, UserRole } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { SessionStore } from '../../../core/auth/session.store';
import { LanguageService } from '../../../core/i18n/language.service';
import { settle } from '../../../testing/dom';
import { ClientTasks } from './client-tasks';

const aTask = (overrides: Partial<Task> = {}): Task => ({
  id: 't-1',
  kind: 'call-back',
  title: 'Call back +380671234567',
  clientId: 'c-1',
  callId: null,
  queue: null,
  assignee: { id: 'u-1', displayName: 'Anna Operator' },
  dueAt: '2026-03-05T10:30:00.000Z',
  doneAt: null,
  createdAt: '2026-03-05T10:00:00.000Z',
  ...overrides,
});

describe('ClientTasks', () => {
  let fixture: ComponentFixture<ClientTasks>;
  let http: HttpTestingController;
  const role = signal<UserRole>('supervisor');
  const element = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...element().querySelectorAll<HTMLElement>('[data-testid="client-task"]')];

  async function open(tasks: Task[]): Promise<URLSearchParams> {
    fixture = TestBed.createComponent(ClientTasks);
    fixture.componentRef.setInput('clientId', 'c-1');
    await fixture.whenStable();
    const request = http.expectOne((candidate) => candidate.url === '/api/tasks');
    request.flush({ items: tasks, total: tasks.length, page: 1, pageSize: 100 });
    await settle(fixture);
    return new URLSearchParams(request.request.params.toString());
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        ClientTasks,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { role } },
        { provide: LanguageService, useValue: { language: signal('en') } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("asks for the client's open tasks of everyone for a supervisor, and shows each with its due date", async () => {
    role.set('supervisor');
    const params = await open([
      aTask(),
      aTask({ id: 't-2', kind: 'follow-up', title: 'Send the invoice', dueAt: null }),
    ]);
    expect(Object.fromEntries(params)).toEqual({
      clientId: 'c-1',
      open: 'true',
      scope: 'all',
      pageSize: '100',
    });
    expect(rows()).toHaveLength(2);
    expect(rows()[0].textContent).toContain('Call back +380671234567');
    expect(rows()[0].textContent).toContain(en.clients.card.taskKinds['call-back']);
    expect(rows()[0].querySelector('[data-testid="client-task-due"]')?.textContent?.trim()).toMatch(
      /^3\/5\/26, /,
    );
    expect(rows()[1].querySelector('[data-testid="client-task-due"]')).toBeNull();
    expect(element().textContent).not.toContain(en.clients.card.tasksMineOnly);
  });

  it('asks an operator only for the tasks they may see, and says so', async () => {
    role.set('operator');
    const params = await open([aTask()]);
    expect(params.get('scope')).toBe('mine');
    expect(element().textContent).toContain(en.clients.card.tasksMineOnly);
  });

  it('marks a task done and takes it off the list', async () => {
    role.set('supervisor');
    await open([aTask(), aTask({ id: 't-2', title: 'Send the invoice' })]);
    rows()[0].querySelector<HTMLButtonElement>('[data-testid="client-task-done"]')?.click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: '/api/tasks/t-1/done' })
      .flush(aTask({ doneAt: '2026-03-05T11:00:00.000Z' }));
    await settle(fixture);
    expect(rows().map((row) => row.querySelector('strong')?.textContent)).toEqual(['Send the invoice']);
  });

  it('keeps a task the API refused to complete, and says why', async () => {
    role.set('operator');
    await open([aTask()]);
    rows()[0].querySelector<HTMLButtonElement>('[data-testid="client-task-done"]')?.click();
    await settle(fixture);
    http
      .expectOne('/api/tasks/t-1/done')
      .flush({ code: 'TASK_NOT_FOUND', message: 'no' }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
    expect(rows()).toHaveLength(1);
    expect(element().querySelector('[role="alert"]')).not.toBeNull();
  });

  it('says there are no open tasks', async () => {
    await open([]);
    expect(element().querySelector('[data-testid="client-tasks-empty"]')?.textContent?.trim()).toBe(
      en.clients.card.noTasks,
    );
  });
});
