import { Language } from '../i18n/languages';

export const USER_ROLES = ['operator', 'supervisor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A user as the API shows it; never carries the password hash. */
export interface User {
  id: string;
  login: string;
  displayName: string;
  role: UserRole;
  /** SIP extension such as `1001`; unique when set. */
  extension: string | null;
  active: boolean;
  language: Language;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserRequest {
  login: string;
  password: string;
  displayName: string;
  role: UserRole;
  extension?: string | null;
  language?: Language;
}

/** Admin edit of another user; every field optional, `extension: null` clears it. */
export interface UpdateUserRequest {
  displayName?: string;
  role?: UserRole;
  extension?: string | null;
  active?: boolean;
  language?: Language;
}

export interface ResetPasswordRequest {
  password: string;
}

export interface UserListQuery {
  q?: string;
  role?: UserRole;
  active?: boolean;
  page?: number;
  pageSize?: number;
}

export const PASSWORD_MIN_LENGTH = 12;
