import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateUserRequest,
  Page,
  ResetPasswordRequest,
  UpdateUserRequest,
  User,
  UserListQuery,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/users';

/** The `/api/users` endpoints (admin only). */
@Injectable({ providedIn: 'root' })
export class UsersApiService {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Observable<Page<User>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<Page<User>>(BASE, { params });
  }

  get(id: string): Observable<User> {
    return this.http.get<User>(`${BASE}/${encodeURIComponent(id)}`);
  }

  create(request: CreateUserRequest): Observable<User> {
    return this.http.post<User>(BASE, request);
  }

  update(id: string, request: UpdateUserRequest): Observable<User> {
    return this.http.patch<User>(`${BASE}/${encodeURIComponent(id)}`, request);
  }

  resetPassword(id: string, request: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>(`${BASE}/${encodeURIComponent(id)}/password`, request);
  }
}
