import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { User } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { byTestId, fieldError, settle, typeInto } from '../../../testing/dom';
import { aUser } from '../../../testing/fixtures';
import { UsersStore } from '../users.store';
import { UserDialog } from './user-dialog';

describe('UserDialog', () => {
  let fixture: ComponentFixture<UserDialog>;
  let http: HttpTestingController;
  let closedWith: unknown[];

  const element = () => fixture.nativeElement as HTMLElement;
  const query = (testId: string) => byTestId(fixture, testId);
  const errorOf = (testId: string) => fieldError(query(testId));
  const type = (testId: string, value: string) => typeInto(fixture, testId, value);

  async function open(user: User | null): Promise<void> {
    closedWith = [];
    TestBed.configureTestingModule({
      imports: [
        UserDialog,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        UsersStore,
        { provide: MAT_DIALOG_DATA, useValue: user },
        { provide: MatDialogRef, useValue: { close: (result: unknown) => closedWith.push(result) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UserDialog);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('creates a user with a login and a password, and shows a taken login on its box', async () => {
    await open(null);
    expect(element().querySelector('h2')?.textContent?.trim()).toBe(en.users.createTitle);
    expect(query('user-form-active')).toBeNull();
    type('user-form-login', 'bob');
    type('user-form-display-name', 'Bob Operator');
    type('user-form-password', 'secret-123456');
    query('user-form-save')?.click();
    await settle(fixture);

    const post = http.expectOne({ method: 'POST', url: '/api/users' });
    expect(post.request.body).toEqual({
      login: 'bob',
      password: 'secret-123456',
      displayName: 'Bob Operator',
      role: 'operator',
      extension: null,
      language: 'en',
    });
    post.flush({ code: 'LOGIN_TAKEN', message: 'taken' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(errorOf('user-form-login')).toBe(en.errors.loginTaken);
    expect(closedWith).toEqual([]);
  });

  it('edits a user without login or password boxes and closes with the saved user', async () => {
    const user = aUser({ id: 'u-2', login: 'anna', extension: '1001' });
    await open(user);
    expect(element().querySelector('h2')?.textContent?.trim()).toBe('Edit user anna');
    expect(query('user-form-login')).toBeNull();
    expect(query('user-form-password')).toBeNull();
    type('user-form-extension', '');
    query('user-form-active')?.querySelector('button')?.click();
    query('user-form-save')?.click();
    await settle(fixture);

    const patch = http.expectOne({ method: 'PATCH', url: '/api/users/u-2' });
    expect(patch.request.body).toEqual({
      displayName: user.displayName,
      role: user.role,
      extension: null,
      language: user.language,
      active: false,
    });
    const saved = { ...user, extension: null, active: false };
    patch.flush(saved);
    await settle(fixture);
    expect(closedWith).toEqual([saved]);
    http
      .expectOne((request) => request.url === '/api/users')
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });
});
