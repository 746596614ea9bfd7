import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { UserSession } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { byTestId, settle } from '../../../testing/dom';
import { aUser } from '../../../testing/fixtures';
import { UserSessionsDialog } from './user-sessions-dialog';

describe('UserSessionsDialog', () => {
  let fixture: ComponentFixture<UserSessionsDialog>;
  let http: HttpTestingController;
  const close = vi.fn();
  const user = aUser({ id: 'u-1', displayName: 'Anna' });
  const session: UserSession = {
    id: 's-1',
    createdAt: '2026-12-04T08:00:00.000Z',
    lastUsedAt: '2026-12-04T09:30:00.000Z',
    expiresAt: '2026-12-04T20:00:00.000Z',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131',
    address: '10.0.0.7',
    current: false,
  };

  const open = async (sessions: UserSession[]) => {
    TestBed.configureTestingModule({
      imports: [
        UserSessionsDialog,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: user },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UserSessionsDialog);
    fixture.detectChanges();
    http.expectOne('/api/users/u-1/sessions').flush(sessions);
    await settle(fixture);
  };

  beforeEach(() => close.mockReset());

  it("lists the user's sessions with browser and address, and signs them out everywhere", async () => {
    await open([session]);
    const row = byTestId(fixture, 'user-session-row')?.textContent ?? '';
    expect(row).toContain('Chrome 131 · Linux');
    expect(row).toContain('10.0.0.7');

    byTestId(fixture, 'user-sessions-end')?.click();
    http
      .expectOne({ method: 'DELETE', url: '/api/users/u-1/sessions' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(close).toHaveBeenCalledWith(true);
  });

  it('says so when the user is signed in nowhere, and offers nothing to end', async () => {
    await open([]);
    expect(byTestId(fixture, 'user-sessions-empty')?.textContent).toContain(en.users.sessions.empty);
    expect((byTestId(fixture, 'user-sessions-end') as HTMLButtonElement).disabled).toBe(true);
  });
});
