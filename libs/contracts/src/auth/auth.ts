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

/** One signed-in session: a login on some browser, until it signs out, expires or is ended. */
export interface UserSession {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  /** The browser it signed in from, as it named itself. */
  userAgent: string | null;
  address: string | null;
  /** The session of the request that asked. */
  current: boolean;
}
