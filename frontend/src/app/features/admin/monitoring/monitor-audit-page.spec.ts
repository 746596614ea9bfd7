import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { Language, MonitorSession, Page } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import uk from '../../../../../public/i18n/uk.json';
import { provideTestDates } from '../../../testing/dates';
import { byTestId, settle } from '../../../testing/dom';
import { aMonitorSession, localIso } from '../../../testing/monitoring-fixtures';
import { MonitorAuditPage } from './monitor-audit-page';
import { MonitorAuditStore } from './monitor-audit.store';

const page = (items: MonitorSession[], total = items.length): Page<MonitorSession> => ({
  items,
  total,
  page: 1,
  pageSize: 20,
});

/** Text as a person reads it: the narrow spaces of time formats and the template's breaks as one space. */
const read = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('MonitorAuditPage', () => {
  let fixture: ComponentFixture<MonitorAuditPage>;
  let http: HttpTestingController;
  const language = signal<Language>('en');

  const host = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...host().querySelectorAll('[data-testid="monitor-audit-row"]')];
  const cell = (row: Element, testId: string) => read(row.querySelector(`[data-testid="${testId}"]`));
  const expectList = (): TestRequest => http.expectOne((request) => request.url === '/api/monitoring');
  const answer = async (value: Page<MonitorSession>) => {
    expectList().flush(value);
    await settle(fixture);
  };

  beforeEach(async () => {
    language.set('en');
    TestBed.configureTestingModule({
      imports: [
        MonitorAuditPage,
        TranslocoTestingModule.forRoot({
          langs: { en, uk },
          translocoConfig: { availableLangs: ['en', 'uk'], defaultLang: 'en', reRenderOnLangChange: true },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestDates(language),
        MonitorAuditStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  const open = async () => {
    fixture = TestBed.createComponent(MonitorAuditPage);
    await settle(fixture);
  };

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
  });

  it('shows the loading bar until the first page answers, then a row per session', async () => {
    await open();
    expect(byTestId(fixture, 'monitor-audit-loading')).not.toBeNull();
    expect(byTestId(fixture, 'monitor-audit-empty')).toBeNull();
    await answer(
      page([
        aMonitorSession(),
        aMonitorSession({
          id: 'm-2',
          supervisor: { id: 'adm', displayName: 'Olena Admin' },
          agent: { id: 'u-8', displayName: 'Petro Agent' },
          callId: null,
        }),
      ]),
    );

    expect(byTestId(fixture, 'monitor-audit-loading')).toBeNull();
    const [first, second] = rows();
    expect(rows()).toHaveLength(2);
    expect(first.getAttribute('data-session-id')).toBe('m-1');
    expect(cell(first, 'monitor-audit-started')).toBe('12/3/26, 10:02 AM');
    expect(cell(first, 'monitor-audit-supervisor')).toBe('Sofia Supervisor');
    expect(cell(first, 'monitor-audit-agent')).toBe('Ivan Agent');
    expect(cell(first, 'monitor-audit-call')).toBe('3f2a9c1e');
    expect(first.querySelector('.call-id')?.getAttribute('title')).toBe(aMonitorSession().callId);
    expect(cell(first, 'monitor-audit-ended')).toBe('12/3/26, 10:07 AM');
    expect(cell(first, 'monitor-audit-duration')).toBe('5:30');
    expect(cell(second, 'monitor-audit-supervisor')).toBe('Olena Admin');
    expect(cell(second, 'monitor-audit-call')).toBe(en.monitorAudit.noCall);
    expect(byTestId(fixture, 'monitor-audit-live')).toBeNull();
  });

  it('lists every mode with the time it was chosen, in order', async () => {
    await open();
    await answer(
      page([
        aMonitorSession({
          modeChanges: [
            { at: localIso(10, 2), mode: 'listen' },
            { at: localIso(10, 4), mode: 'whisper' },
            { at: localIso(10, 6), mode: 'barge' },
          ],
        }),
      ]),
    );
    expect(cell(rows()[0], 'monitor-audit-modes')).toBe(
      'Listen 10:02 AM → Whisper 10:04 AM → Barge in 10:06 AM',
    );
  });

  it('writes dates and modes in the interface language', async () => {
    await open();
    await answer(page([aMonitorSession()]));
    language.set('uk');
    TestBed.inject(TranslocoService).setActiveLang('uk');
    await settle(fixture);
    const [row] = rows();
    expect(cell(row, 'monitor-audit-started')).toBe('03.12.26, 10:02');
    expect(cell(row, 'monitor-audit-modes')).toBe('Прослуховування 10:02 → Підказка 10:04');
  });

  it('marks a running session live and counts its duration up to now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 3, 10, 3, 5));
    await open();
    await answer(page([aMonitorSession({ endedAt: null }), aMonitorSession({ id: 'm-2' })]));
    const [live, ended] = rows();
    expect(read(live.querySelector('[data-testid="monitor-audit-live"]'))).toBe(en.monitorAudit.live);
    expect(cell(live, 'monitor-audit-duration')).toBe('1:05');
    expect(ended.querySelector('[data-testid="monitor-audit-live"]')).toBeNull();
  });

  it('asks for the next page from the paginator and reloads on refresh', async () => {
    await open();
    await answer(page([aMonitorSession()], 45));
    host().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    const next = expectList();
    expect(next.request.params.get('page')).toBe('2');
    expect(next.request.params.get('pageSize')).toBe('20');
    next.flush(page([aMonitorSession({ id: 'm-21' })], 45));
    await settle(fixture);
    expect(rows()[0].getAttribute('data-session-id')).toBe('m-21');

    byTestId(fixture, 'monitor-audit-refresh')?.click();
    expect(expectList().request.params.get('page')).toBe('2');
  });

  it('shows the empty state once the audit answers with nothing', async () => {
    await open();
    await answer(page([]));
    expect(read(byTestId(fixture, 'monitor-audit-empty')?.querySelector('p'))).toBe(en.monitorAudit.empty);
    expect(rows()).toHaveLength(0);
  });

  it("shows the server's message when the audit is refused, not the empty state", async () => {
    await open();
    expectList().flush(
      { code: 'FORBIDDEN', message: 'Only admins read the monitoring audit' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle(fixture);
    expect(read(byTestId(fixture, 'monitor-audit-error'))).toBe('Only admins read the monitoring audit');
    expect(byTestId(fixture, 'monitor-audit-empty')).toBeNull();
  });

  it('falls back to its own words when the server cannot be reached', async () => {
    await open();
    expectList().error(new ProgressEvent('error'), { status: 0 });
    await settle(fixture);
    expect(read(byTestId(fixture, 'monitor-audit-error'))).toBe(en.errors.network);
  });
});
