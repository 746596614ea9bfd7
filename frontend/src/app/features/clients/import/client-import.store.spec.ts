import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ClientImportPreview, ClientImportStatus, ServerToClientEvents } from '@switchboard/contracts';

import { RealtimeService } from '../../../core/realtime/realtime.service';
import { ClientImportStore, POLL_MS } from './client-import.store';

type ProgressHandler = ServerToClientEvents['clients.importProgressed'];

/** Stands in for the socket: tests emit the events themselves. */
class FakeRealtime {
  readonly handlers = new Set<ProgressHandler>();
  on(_event: 'clients.importProgressed', handler: ProgressHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }
  emit(status: ClientImportStatus): void {
    this.handlers.forEach((handler) => handler(status));
  }
}

const preview: ClientImportPreview = {
  importId: 'imp-1',
  fileName: 'clients.csv',
  columns: ['Name', 'Phone', 'Email', 'Loyalty'],
  sampleRows: [['Ann', '0501112233', 'ann@example.com', 'gold']],
  totalRows: 3,
  suggestedMapping: { Name: 'fullName', Phone: 'phone', Email: 'email', Loyalty: 'custom:loyalty' },
};
const status = (overrides: Partial<ClientImportStatus> = {}): ClientImportStatus => ({
  importId: 'imp-1',
  fileName: 'clients.csv',
  state: 'running',
  totalRows: 3,
  processedRows: 0,
  createdCount: 0,
  errors: [],
  rejectedRowsUrl: null,
  ...overrides,
});
const phoneError = { row: 4, field: 'phone', reason: 'is not a valid phone number' };
const done = status({
  state: 'completed',
  processedRows: 3,
  createdCount: 2,
  errors: [phoneError],
  rejectedRowsUrl: '/api/client-imports/imp-1/rejected',
});
const csv = (name = 'clients.csv') => new File(['Name;Phone\nAnn;0501112233\n'], name, { type: 'text/csv' });

describe('ClientImportStore', () => {
  let store: ClientImportStore;
  let http: HttpTestingController;
  let realtime: FakeRealtime;

  const expectFields = () => http.expectOne({ method: 'GET', url: '/api/client-fields' });
  const expectStatus = (): TestRequest => http.expectOne({ method: 'GET', url: '/api/client-imports/imp-1' });
  const flushMicrotasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

  async function toMapping(): Promise<void> {
    store.loadFields();
    expectFields().flush([
      { id: 'f-1', key: 'loyalty', label: 'Loyalty', type: 'select', options: ['gold'], position: 0 },
    ]);
    store.chooseFile(csv());
    http.expectOne({ method: 'POST', url: '/api/client-imports' }).flush(preview);
  }

  /** Starts the import and answers the start request with `answer`. */
  async function started(answer = status()): Promise<void> {
    await toMapping();
    const starting = store.start();
    http.expectOne({ method: 'POST', url: '/api/client-imports/imp-1/start' }).flush(answer);
    await starting;
  }

  beforeEach(() => {
    realtime = new FakeRealtime();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: RealtimeService, useValue: realtime },
        ClientImportStore,
      ],
    });
    store = TestBed.inject(ClientImportStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    store.ngOnDestroy();
    http.verify();
    vi.useRealTimers();
  });

  it('refuses a wrong type or a too large file before sending anything', () => {
    store.chooseFile(csv('clients.pdf'));
    expect(store.error()).toEqual({ key: 'clientImport.errors.wrongType', params: { file: 'clients.pdf' } });

    const big = csv();
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    store.chooseFile(big);
    expect(store.error()?.key).toBe('clientImport.errors.tooLarge');
    http.expectNone('/api/client-imports');
    expect(store.step()).toBe('file');
  });

  it('sends the file as multipart field `file` with upload progress, then shows the mapping', () => {
    store.chooseFile(csv());
    const upload = http.expectOne({ method: 'POST', url: '/api/client-imports' });
    const body = upload.request.body as FormData;
    expect((body.get('file') as File).name).toBe('clients.csv');
    expect(upload.request.reportProgress).toBe(true);

    upload.event({ type: HttpEventType.UploadProgress, loaded: 30, total: 120 });
    expect(store.upload()).toEqual({ fileName: 'clients.csv', percent: 25 });

    upload.flush(preview);
    expect(store.upload()).toBeNull();
    expect(store.step()).toBe('mapping');
    // Without the custom field loaded, its suggestion is not offered.
    expect(store.mapping()).toEqual({ Name: 'fullName', Phone: 'phone', Email: 'email', Loyalty: null });
  });

  it('fields that arrive after the file still fill in their suggestions', () => {
    store.loadFields();
    store.chooseFile(csv());
    http.expectOne('/api/client-imports').flush(preview);
    expect(store.mapping()['Loyalty']).toBeNull();
    expectFields().flush([
      { id: 'f-1', key: 'loyalty', label: 'Loyalty', type: 'select', options: ['gold'], position: 0 },
    ]);
    expect(store.mapping()['Loyalty']).toBe('custom:loyalty');
  });

  it('prefills custom field targets once the fields are known', async () => {
    await toMapping();
    expect(store.targets()).toContain('custom:loyalty');
    expect(store.mapping()['Loyalty']).toBe('custom:loyalty');
  });

  it('a file the server cannot read is explained', () => {
    store.chooseFile(csv());
    http
      .expectOne('/api/client-imports')
      .flush(
        { code: 'FILE_UNREADABLE', message: 'no', details: [{ field: 'file', reason: 'bad' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(store.error()).toEqual({ key: 'clientImport.errors.unreadable' });
    expect(store.upload()).toBeNull();
    expect(store.step()).toBe('file');
  });

  it('an upload can be cancelled', () => {
    store.chooseFile(csv());
    const upload = http.expectOne('/api/client-imports');
    store.cancelUpload();
    expect(upload.cancelled).toBe(true);
    expect(store.upload()).toBeNull();
  });

  it('starts with the mapping as chosen and follows the socket events of this import only', async () => {
    await toMapping();
    store.setTarget('Email', null);
    const starting = store.start();
    const start = http.expectOne({ method: 'POST', url: '/api/client-imports/imp-1/start' });
    expect(start.request.body).toEqual({
      mapping: { Name: 'fullName', Phone: 'phone', Email: null, Loyalty: 'custom:loyalty' },
    });
    start.flush(status(), { status: 202, statusText: 'Accepted' });
    await starting;
    expect(store.step()).toBe('running');

    realtime.emit(status({ importId: 'other', processedRows: 3, state: 'completed' }));
    expect(store.status()?.processedRows).toBe(0);

    realtime.emit(status({ processedRows: 2, createdCount: 1, errors: [phoneError] }));
    expect(store.percent()).toBe(67);
    expect(store.rejectedRows()).toBe(1);

    realtime.emit(done);
    expect(store.step()).toBe('done');
    expect(store.status()?.createdCount).toBe(2);
    expect(realtime.handlers.size).toBe(0);
  });

  it('an event that beats the answer to the start request is not undone by that answer', async () => {
    await toMapping();
    const starting = store.start();
    realtime.emit(done);
    http.expectOne('/api/client-imports/imp-1/start').flush(status());
    await starting;
    expect(store.step()).toBe('done');
  });

  it('polls every 2 s while no event arrives, and stops when the import has finished', async () => {
    vi.useFakeTimers();
    await started();

    await vi.advanceTimersByTimeAsync(POLL_MS);
    expectStatus().flush(status({ processedRows: 1 }));
    await flushMicrotasks();
    expect(store.status()?.processedRows).toBe(1);

    await vi.advanceTimersByTimeAsync(POLL_MS);
    expectStatus().flush(done);
    await flushMicrotasks();
    expect(store.step()).toBe('done');

    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    http.expectNone('/api/client-imports/imp-1');
  });

  it('does not poll while events keep coming', async () => {
    vi.useFakeTimers();
    await started();
    await vi.advanceTimersByTimeAsync(POLL_MS - 500);
    realtime.emit(status({ processedRows: 1 }));
    await vi.advanceTimersByTimeAsync(500);
    http.expectNone('/api/client-imports/imp-1');
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expectStatus().flush(status({ processedRows: 2 }));
  });

  it('a refused mapping marks the columns and stops listening', async () => {
    await toMapping();
    const starting = store.start();
    http.expectOne('/api/client-imports/imp-1/start').flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: [{ field: 'mapping.Loyalty', reason: '"custom:loyalty" is not a client field' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await starting;
    expect(store.step()).toBe('mapping');
    expect(store.error()).toEqual({ key: 'clientImport.errors.badMapping' });
    expect(store.columnErrors()).toEqual({ Loyalty: '"custom:loyalty" is not a client field' });
    expect(realtime.handlers.size).toBe(0);
  });

  it('cannot start without a name column', async () => {
    await toMapping();
    store.setTarget('Name', null);
    expect(store.mappingProblem()).toBe('clientImport.mapping.needName');
    await store.start();
    http.expectNone('/api/client-imports/imp-1/start');
  });

  it('pages the errors ten at a time, in row order', async () => {
    const errors = Array.from({ length: 12 }, (_, index) => ({
      row: 13 - index,
      field: 'phone',
      reason: 'x',
    }));
    await started(status({ state: 'completed', processedRows: 12, totalRows: 12, errors }));
    expect(store.errorsPage().map((error) => error.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    store.setErrorsPage(1);
    expect(store.errorsPage().map((error) => error.row)).toEqual([12, 13]);
  });

  it('downloads the rejected rows as a blob through HttpClient, so the token goes with it', async () => {
    const createObjectURL = vi.fn(() => 'blob:rejected');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await started(done);

    const download = store.downloadRejected();
    expect(store.downloading()).toBe(true);
    const request = http.expectOne({ method: 'GET', url: '/api/client-imports/imp-1/rejected' });
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['Name;Phone;error\n']), {
      headers: { 'Content-Disposition': "attachment; filename*=UTF-8''rejected-clients.csv" },
    });
    await download;
    expect(click).toHaveBeenCalled();
    expect(store.downloading()).toBe(false);
    expect(store.error()).toBeNull();
  });

  it('reset goes back to the first step', async () => {
    await started(done);
    store.reset();
    expect(store.step()).toBe('file');
    expect(store.preview()).toBeNull();
    expect(store.status()).toBeNull();
  });
});
