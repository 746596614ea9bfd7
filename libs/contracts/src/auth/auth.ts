import { Language } from '../i18n/languages';
import { User } from '../users/user';

export interface LoginRequest {
  login: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  user: User;
}

/** What a user may change about themselves. */
export interface UpdateProfileRequest {
  displayName?: string;
  language?: Language;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
