import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { SoftphoneSettingsAnswer } from '@switchboard/contracts';
import { Observable } from 'rxjs';

/** Why there are no settings, when the API says so on purpose (409) rather than failing. */
export type SettingsRefusal = 'noExtension';

const REFUSALS: Record<string, SettingsRefusal> = {
  NO_EXTENSION: 'noExtension',
};

/** Reads the code straight from the body: the refusal codes are the softphone's own business. */
export function settingsRefusal(error: unknown): SettingsRefusal | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) return null;
  const body: unknown = error.error;
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : null;
  return typeof code === 'string' ? (REFUSALS[code] ?? null) : null;
}

/** The `/api/softphone` endpoint an agent's browser uses. */
@Injectable({ providedIn: 'root' })
export class SoftphoneApiService {
  private readonly http = inject(HttpClient);

  settings(): Observable<SoftphoneSettingsAnswer> {
    return this.http.get<SoftphoneSettingsAnswer>('/api/softphone/settings');
  }
}
