import { HttpClient, HttpEventType } from '@angular/common/http';
import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import {
  ClientImportPreview,
  ClientImportStatus,
  CustomFieldDefinition,
  IMPORT_TARGET_FIELDS,
  ImportTargetField,
} from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { saveFile } from '../../../core/http/save-file';
import { RealtimeService } from '../../../core/realtime/realtime.service';

const POLL_MS = 2000;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The import wizard: upload with progress, mapping, live import progress (socket, with polling as fallback), result. */
@Injectable()
export class ClientImportStore implements OnDestroy {
  private readonly http = inject(HttpClient);
  private readonly realtime = inject(RealtimeService);
  private stopListening: (() => void) | null = null;
  private poller: ReturnType<typeof setInterval> | null = null;

  readonly step = signal<'file' | 'mapping' | 'running' | 'done'>('file');
  readonly uploadPercent = signal<number | null>(null);
  readonly preview = signal<ClientImportPreview | null>(null);
  readonly mapping = signal<Record<string, ImportTargetField | null>>({});
  readonly status = signal<ClientImportStatus | null>(null);
  readonly customFields = signal<CustomFieldDefinition[]>([]);
  readonly errorKey = signal<string | null>(null);
  readonly targets = computed<ImportTargetField[]>(() => [
    ...IMPORT_TARGET_FIELDS,
    ...this.customFields().map((field) => `custom:${field.key}` as const),
  ]);
  readonly percent = computed(() => {
    const status = this.status();
    return status && status.totalRows > 0 ? Math.round((status.processedRows / status.totalRows) * 100) : 0;
  });

  async init(): Promise<void> {
    this.customFields.set(
      await firstValueFrom(this.http.get<CustomFieldDefinition[]>('/api/client-fields')).catch(() => []),
    );
  }

  /** Checks type and size here, so a wrong file is refused before it is sent. */
  upload(file: File): void {
    this.errorKey.set(null);
    if (!/\.(csv|xlsx)$/i.test(file.name)) return this.errorKey.set('clientImport.wrongType');
    if (file.size > MAX_FILE_BYTES) return this.errorKey.set('clientImport.tooLarge');
    const body = new FormData();
    body.append('file', file, file.name);
    this.uploadPercent.set(0);
    this.http
      .post<ClientImportPreview>('/api/client-imports', body, { reportProgress: true, observe: 'events' })
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress && event.total) {
            this.uploadPercent.set(Math.round((event.loaded / event.total) * 100));
          } else if (event.type === HttpEventType.Response && event.body) {
            this.preview.set(event.body);
            this.mapping.set({ ...event.body.suggestedMapping });
            this.uploadPercent.set(null);
            this.step.set('mapping');
          }
        },
        error: (error: unknown) => {
          this.uploadPercent.set(null);
          const failure = toRequestFailure(error);
          this.errorKey.set(
            failure.code === 'FILE_UNREADABLE' ? 'clientImport.unreadable' : failureMessageKey(failure),
          );
        },
      });
  }

  setTarget(column: string, target: ImportTargetField | null): void {
    this.mapping.update((mapping) => ({ ...mapping, [column]: target }));
  }

  async start(): Promise<void> {
    const preview = this.preview();
    if (!preview) return;
    this.errorKey.set(null);
    this.stopListening = this.realtime.on('clients.importProgressed', (status) => {
      if (status.importId === preview.importId) this.show(status);
    });
    try {
      const url = `/api/client-imports/${preview.importId}/start`;
      this.show(await firstValueFrom(this.http.post<ClientImportStatus>(url, { mapping: this.mapping() })));
      this.poller = setInterval(() => void this.poll(preview.importId), POLL_MS);
    } catch (error) {
      this.stop();
      const failure = toRequestFailure(error);
      this.errorKey.set(
        failure.fieldErrors.length > 0 ? 'clientImport.badMapping' : failureMessageKey(failure),
      );
    }
  }

  downloadRejected(): Promise<void> {
    const url = this.status()?.rejectedRowsUrl;
    return url ? saveFile(this.http, url, 'rejected.csv') : Promise.resolve();
  }

  ngOnDestroy(): void {
    this.stop();
  }

  private async poll(importId: string): Promise<void> {
    const status = await firstValueFrom(
      this.http.get<ClientImportStatus>(`/api/client-imports/${importId}`),
    ).catch(() => null);
    if (status) this.show(status);
  }

  private show(status: ClientImportStatus): void {
    this.status.set(status);
    const finished = status.state === 'completed' || status.state === 'failed';
    this.step.set(finished ? 'done' : 'running');
    if (finished) this.stop();
  }

  private stop(): void {
    this.stopListening?.();
    this.stopListening = null;
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }
}
