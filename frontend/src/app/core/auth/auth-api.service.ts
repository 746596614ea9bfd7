import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ChangePasswordRequest,
  LoginRequest,
  LoginResponse,
  UpdateProfileRequest,
  User,
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
}
