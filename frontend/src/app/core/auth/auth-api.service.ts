import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ChangePasswordRequest,
  LoginRequest,
  LoginResponse,
  UpdateProfileRequest,
  User,
  UserSession,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

/** The `/api/auth` endpoints; no state here, the session store owns it. */
@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  login(request: LoginRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>('/api/auth/login', request);
  }

  me(): Observable<User> {
    return this.http.get<User>('/api/auth/me');
  }

  updateMe(request: UpdateProfileRequest): Observable<User> {
    return this.http.patch<User>('/api/auth/me', request);
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/me/password', request);
  }

  /** Ends this session on the server. */
  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {});
  }

  /** Ends every session of the user, this one included. */
  signOutEverywhere(): Observable<void> {
    return this.http.delete<void>('/api/auth/sessions');
  }

  /** Admins: where a user is signed in. */
  sessionsOf(userId: string): Observable<UserSession[]> {
    return this.http.get<UserSession[]>(`/api/users/${userId}/sessions`);
  }

  /** Admins: signs a user out everywhere. */
  signOutUser(userId: string): Observable<void> {
    return this.http.delete<void>(`/api/users/${userId}/sessions`);
  }
}
