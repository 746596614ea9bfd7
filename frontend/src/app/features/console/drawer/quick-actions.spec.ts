import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Language } from '@switchboard/contracts';

import uk from '../../../../../public/i18n/uk.json';
import { provideTestDates } from '../../../testing/dates';
import { byTestId, settle, typeInto } from '../../../testing/dom';
import { QuickActions } from './quick-actions';

describe('QuickActions task', () => {
  let fixture: ComponentFixture<QuickActions>;
  let http: HttpTestingController;
  const language = signal<Language>('uk');

  /** Opens the task form, types the title, day and time, saves, and gives back the task the API got. */
  const saveTask = async (day: string, time: string, kind?: string) => {
    byTestId(fixture, 'quick-task')?.click();
    await settle(fixture);
    if (kind) byTestId(fixture, `quick-task-kind-${kind}`)?.querySelector('button')?.click();
    typeInto(fixture, 'quick-task-title', 'Call back');
    typeInto(fixture, 'quick-task-due', day);
    if (time) typeInto(fixture, 'quick-task-due-time', time);
    byTestId(fixture, 'quick-task-save')?.click();
    const request = http.expectOne('/api/tasks');
    request.flush({});
    await settle(fixture);
    return request.request.body;
  };

  beforeEach(async () => {
    language.set('uk');
    TestBed.configureTestingModule({
      imports: [
        QuickActions,
        TranslocoTestingModule.forRoot({
          langs: { uk },
          translocoConfig: { availableLangs: ['uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestDates(language)],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuickActions);
    fixture.componentRef.setInput('clientId', 'client-1');
    fixture.componentRef.setInput('callId', 'call-1');
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('reads a Ukrainian day and a 24-hour time into the moment the task is due', async () => {
    expect(await saveTask('02.12.2026', '14:30')).toEqual({
      kind: 'follow-up',
      title: 'Call back',
      dueAt: new Date(2026, 11, 2, 14, 30).toISOString(),
      clientId: 'client-1',
      callId: 'call-1',
    });
  });

  it('writes an appointment, which the client gets a reminder call for', async () => {
    const task = await saveTask('02.12.2026', '10:00', 'appointment');
    expect(task.kind).toBe('appointment');
  });

  it('reads an English day and time', async () => {
    language.set('en');
    TestBed.tick();
    const task = await saveTask('12/2/2026', '2:30 PM');
    expect(task.dueAt).toBe(new Date(2026, 11, 2, 14, 30).toISOString());
  });

  it('makes a day without a time due by the end of that day', async () => {
    const task = await saveTask('02.12.2026', '');
    expect(task.dueAt).toBe(new Date(2026, 11, 2, 23, 59).toISOString());
  });

  it('names the time picker button in the user language', async () => {
    byTestId(fixture, 'quick-task')?.click();
    await settle(fixture);
    const toggle = (fixture.nativeElement as HTMLElement).querySelector('mat-timepicker-toggle button');
    expect(toggle?.getAttribute('aria-label')).toBe('Відкрити вибір часу');
  });
});
