import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { QueueBoard } from './queue-board';

describe('QueueBoard', () => {
  let board: QueueBoard;
  let http: HttpTestingController;
  let tab: { location: { href: string }; close: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    board = TestBed.inject(QueueBoard);
    http = TestBed.inject(HttpTestingController);
    tab = { location: { href: '' }, close: vi.fn() };
    vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
  });
  afterEach(() => {
    http.verify();
    vi.restoreAllMocks();
  });

  it('opens the tab at once, then sends it to the board once the API handed out the cookie', async () => {
    const opened = board.open();
    expect(window.open).toHaveBeenCalledWith('', '_blank');
    const request = http.expectOne('/api/admin/queue-board-sessions');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await opened;
    expect(tab.location.href).toBe('/api/admin/queue-board/');
  });

  it('closes the tab again when the API refuses', async () => {
    const opened = board.open();
    http.expectOne('/api/admin/queue-board-sessions').flush(null, { status: 403, statusText: 'Forbidden' });
    await expect(opened).rejects.toBeTruthy();
    expect(tab.close).toHaveBeenCalled();
    expect(tab.location.href).toBe('');
  });
});
