import { User } from '@switchboard/contracts';

import { SaveResult } from '../../core/http/save-result';
import { PasswordDialogData } from '../../shared/password-dialog/password-dialog';
import { UsersStore } from './users.store';

/** The password dialog for an administrator setting another user's password. */
export function resetPasswordDialog(store: UsersStore, user: User): PasswordDialogData {
  return {
    title: 'users.resetPasswordTitle',
    titleParams: { name: user.displayName },
    text: 'users.resetPasswordText',
    submitLabel: 'users.resetPassword',
    askCurrent: false,
    submit: async ({ newPassword }): Promise<SaveResult<void>> => {
      const result = await store.resetPassword(user.id, newPassword);
      if (result.ok) return result;
      // The API names the field `password`; the dialog calls it `newPassword`.
      const { password, ...fieldErrors } = result.fieldErrors;
      return { ...result, fieldErrors: password ? { ...fieldErrors, newPassword: password } : fieldErrors };
    },
  };
}
