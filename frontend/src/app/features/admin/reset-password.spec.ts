import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aUser } from '../../testing/fixtures';
import { resetPasswordDialog } from './reset-password';
import { UsersStore } from './users.store';

describe('resetPasswordDialog', () => {
  let http: HttpTestingController;
  let store: UsersStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), UsersStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(UsersStore);
  });

  afterEach(() => http.verify());

  it("sends the new password for that user and puts the API's `password` error on the new-password box", async () => {
    const data = resetPasswordDialog(store, aUser({ id: 'u-7', displayName: 'Bob' }));
    expect(data.titleParams).toEqual({ name: 'Bob' });
    expect(data.askCurrent).toBe(false);

    const result = data.submit({ currentPassword: '', newPassword: 'short' });
    const request = http.expectOne({ method: 'POST', url: '/api/users/u-7/password' });
    expect(request.request.body).toEqual({ password: 'short' });
    request.flush(
      { code: 'VALIDATION_FAILED', message: 'no', details: [{ field: 'password', reason: 'too short' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(result).resolves.toEqual({
      ok: false,
      fieldErrors: { newPassword: 'validation.rejected' },
      messageKey: null,
    });
  });
});
