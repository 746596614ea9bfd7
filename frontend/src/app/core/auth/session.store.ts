import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { LoginRequest, User } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { AuthApiService } from './auth-api.service';

export const TOKEN_STORAGE_KEY = 'sb.token';

/** Why the user was sent back to the login page; shown there once. */
export type LogoutNotice = 'expired' | 'deactivated' | 'password-reset' | 'signed-out';

/** The signed-in user and their bearer token; the one place that knows whether someone is logged in. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApiService);
  private readonly router = inject(Router);

  private readonly tokenState = signal<string | null>(readToken());
  private readonly userState = signal<User | null>(null);
  private readonly noticeState = signal<LogoutNotice | null>(null);

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  readonly notice = this.noticeState.asReadonly();
  readonly isAuthenticated = computed(() => this.tokenState() !== null && this.userState() !== null);
  readonly role = computed(() => this.userState()?.role ?? null);

  async login(request: LoginRequest): Promise<User> {
    const response = await firstValueFrom(this.api.login(request));
    localStorage.setItem(TOKEN_STORAGE_KEY, response.accessToken);
    this.tokenState.set(response.accessToken);
    this.userState.set(response.user);
    this.noticeState.set(null);
    return response.user;
  }

  /** Loads the user behind a stored token at startup; a token the API refuses is dropped. */
  async restore(): Promise<void> {
    if (this.tokenState() === null) {
      return;
    }
    try {
      this.userState.set(await firstValueFrom(this.api.me()));
    } catch {
      this.clear();
    }
  }

  setUser(user: User): void {
    this.userState.set(user);
  }

  /**
   * Signs out on the server too (this session, or everywhere), then here; the server being out of reach does
   * not keep anyone signed in on this screen.
   */
  async signOut(everywhere = false): Promise<void> {
    try {
      await firstValueFrom(everywhere ? this.api.signOutEverywhere() : this.api.logout());
    } catch {
      // The token ends with the session's expiry anyway; nothing more can be done from here.
    }
    this.logout(everywhere ? 'signed-out' : null);
  }

  logout(notice: LogoutNotice | null = null): void {
    const wasSignedIn = this.tokenState() !== null;
    this.clear();
    this.noticeState.set(notice);
    if (wasSignedIn) {
      void this.router.navigateByUrl('/login');
    }
  }

  dismissNotice(): void {
    this.noticeState.set(null);
  }

  private clear(): void {
    localStorage.removeItem(TOKEN_STORAGE_KEY);
    this.tokenState.set(null);
    this.userState.set(null);
  }
}

function readToken(): string | null {
  return localStorage.getItem(TOKEN_STORAGE_KEY);
}
