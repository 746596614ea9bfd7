import { HttpClient, HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ClientImportPreview, ClientImportStatus, StartClientImportRequest } from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { saveFile } from '../../../core/http/save-file';

const BASE = '/api/client-imports';
const id = (value: string) => encodeURIComponent(value);

/** The `/api/client-imports` endpoints (supervisors and admins). */
@Injectable({ providedIn: 'root' })
export class ClientImportsApiService {
  private readonly http = inject(HttpClient);

  /** Sends the file as multipart field `file`; the events carry the upload progress, then the preview. */
  upload(file: File): Observable<HttpEvent<ClientImportPreview>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ClientImportPreview>(BASE, body, { reportProgress: true, observe: 'events' });
  }

  start(importId: string, request: StartClientImportRequest): Observable<ClientImportStatus> {
    return this.http.post<ClientImportStatus>(`${BASE}/${id(importId)}/start`, request);
  }

  status(importId: string): Observable<ClientImportStatus> {
    return this.http.get<ClientImportStatus>(`${BASE}/${id(importId)}`);
  }

  /** The rejected rows as a file, fetched with the bearer token (a plain link would go without it). */
  downloadRejected(url: string, fallbackName: string): Promise<void> {
    return saveFile(this.http, url, fallbackName);
  }
}
