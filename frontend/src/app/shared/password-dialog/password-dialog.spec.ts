import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../public/i18n/en.json';
import { SaveResult } from '../../core/http/save-result';
import { byTestId, fieldError, settle, typeInto } from '../../testing/dom';
import { NewPassword, PasswordDialog, PasswordDialogData } from './password-dialog';

describe('PasswordDialog', () => {
  let fixture: ComponentFixture<PasswordDialog>;
  let sent: NewPassword[];
  let closedWith: unknown[];
  let answer: SaveResult<unknown>;

  const element = () => fixture.nativeElement as HTMLElement;
  const query = (testId: string) => byTestId(fixture, testId);
  const errorOf = (testId: string) => fieldError(query(testId));
  const type = (testId: string, value: string) => typeInto(fixture, testId, value);
  async function submit(): Promise<void> {
    query('password-save')?.click();
    await settle(fixture);
  }

  async function open(data: Omit<PasswordDialogData, 'submit'>): Promise<void> {
    sent = [];
    closedWith = [];
    answer = { ok: true, value: undefined };
    TestBed.configureTestingModule({
      imports: [
        PasswordDialog,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        {
          provide: MAT_DIALOG_DATA,
          useValue: {
            ...data,
            submit: (password: NewPassword) => {
              sent.push(password);
              return Promise.resolve(answer);
            },
          } satisfies PasswordDialogData,
        },
        { provide: MatDialogRef, useValue: { close: (result: unknown) => closedWith.push(result) } },
      ],
    });
    fixture = TestBed.createComponent(PasswordDialog);
    await fixture.whenStable();
  }

  describe("an administrator's reset", () => {
    beforeEach(() =>
      open({
        title: 'users.resetPasswordTitle',
        titleParams: { name: 'Anna' },
        text: 'users.resetPasswordText',
        submitLabel: 'users.resetPassword',
        askCurrent: false,
      }),
    );

    it('has no current-password box and says what it does', () => {
      expect(query('password-current')).toBeNull();
      expect(element().querySelector('h2')?.textContent?.trim()).toBe('Reset password for Anna');
      expect(element().textContent).toContain(en.users.resetPasswordText);
      expect(query('password-save')?.textContent?.trim()).toBe(en.users.resetPassword);
    });

    it('sends nothing while the two boxes differ', async () => {
      type('password-new', 'secret-123456');
      type('password-repeat', 'secret-124456');
      await submit();
      expect(sent).toEqual([]);
      expect(errorOf('password-repeat')).toBe(en.validation.mismatch);
    });

    it('sends the new password and closes once it is saved', async () => {
      type('password-new', 'secret-123456');
      type('password-repeat', 'secret-123456');
      await submit();
      expect(sent).toEqual([{ currentPassword: '', newPassword: 'secret-123456' }]);
      expect(closedWith).toEqual([true]);
    });

    it('shows a failure that fits no field above the buttons and stays open', async () => {
      answer = { ok: false, fieldErrors: {}, messageKey: 'errors.notFound' };
      type('password-new', 'secret-123456');
      type('password-repeat', 'secret-123456');
      await submit();
      expect(element().querySelector('[role="alert"]')?.textContent?.trim()).toBe(en.errors.notFound);
      expect(closedWith).toEqual([]);
    });
  });

  describe("one's own password", () => {
    beforeEach(() => open({ title: 'password.changeTitle', submitLabel: 'common.save', askCurrent: true }));

    it('asks for the current password and shows a wrong one on its box', async () => {
      answer = { ok: false, fieldErrors: { currentPassword: 'errors.wrongPassword' }, messageKey: null };
      type('password-new', 'secret-123456');
      type('password-repeat', 'secret-123456');
      await submit();
      expect(sent).toEqual([]);
      expect(errorOf('password-current')).toBe(en.validation.required);

      type('password-current', 'old-secret');
      await submit();
      expect(sent).toEqual([{ currentPassword: 'old-secret', newPassword: 'secret-123456' }]);
      expect(errorOf('password-current')).toBe(en.errors.wrongPassword);
      expect(element().querySelector('[role="alert"]')).toBeNull();
      expect(closedWith).toEqual([]);
    });
  });
});
