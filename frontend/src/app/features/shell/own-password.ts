import { firstValueFrom } from 'rxjs';

import { AuthApiService } from '../../core/auth/auth-api.service';
import { RequestFailure, failureMessageKey, toRequestFailure } from '../../core/http/api-error';
import { SaveFailure } from '../../core/http/save-result';
import { serverReasonKey } from '../../shared/forms/server-errors';
import { PasswordDialogData } from '../../shared/password-dialog/password-dialog';

/** A wrong current password belongs on its field; other refused fields say why the server refused them. */
export function ownPasswordFailure(failure: RequestFailure): SaveFailure {
  const fieldErrors: Record<string, string> =
    failure.code === 'WRONG_PASSWORD'
      ? { currentPassword: 'errors.wrongPassword' }
      : Object.fromEntries(failure.fieldErrors.map((item) => [item.field, serverReasonKey(item)]));
  return { ok: false, fieldErrors, messageKey: failureMessageKey(failure) };
}

/** The password dialog for the signed-in user's own password. */
export function ownPasswordDialog(api: AuthApiService): PasswordDialogData {
  return {
    title: 'password.changeTitle',
    submitLabel: 'common.save',
    askCurrent: true,
    submit: async ({ currentPassword, newPassword }) => {
      try {
        await firstValueFrom(api.changePassword({ currentPassword, newPassword }));
        return { ok: true, value: undefined };
      } catch (error: unknown) {
        return ownPasswordFailure(toRequestFailure(error));
      }
    },
  };
}
