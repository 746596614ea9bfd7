import { HttpEventType } from '@angular/common/http';
import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import {
  ClientImportPreview,
  ClientImportStatus,
  CustomFieldDefinition,
  ImportTargetField,
} from '@switchboard/contracts';
import { Subscription, firstValueFrom } from 'rxjs';

import { RequestFailure, failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { ClientsApiService } from '../clients-api.service';
import { ClientImportsApiService } from './client-imports-api.service';
import { Message, fileProblem } from './import-file';
import {
  ImportMapping,
  columnErrors,
  importTargets,
  initialMapping,
  mappingProblem,
  withTarget,
} from './import-mapping';
import { isFinished, isNewer, progressPercent, rejectedRowCount, sortedErrors } from './import-status';

export const IMPORT_STEPS = ['file', 'mapping', 'running', 'done'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** Without a socket event for this long, the status is asked for instead. */
export const POLL_MS = 2000;
export const ERRORS_PAGE_SIZE = 10;

function uploadMessage(failure: RequestFailure): Message {
  switch (failure.code) {
    case 'FILE_UNREADABLE':
      return { key: 'clientImport.errors.unreadable' };
    case 'FILE_TOO_LARGE':
      return { key: 'clientImport.errors.tooLargeForServer' };
    default:
      return { key: failureMessageKey(failure) };
  }
}

/**
 * The import wizard: file with upload progress, column mapping, live progress (socket events for this
 * import, polling when none come), result. Provided by the page, so leaving it stops the listening.
 */
@Injectable()
export class ClientImportStore implements OnDestroy {
  private readonly api = inject(ClientImportsApiService);
  private readonly clientsApi = inject(ClientsApiService);
  private readonly realtime = inject(RealtimeService);
  private uploadRequest: Subscription | null = null;
  private stopListening: (() => void) | null = null;
  private poller: ReturnType<typeof setInterval> | null = null;
  private lastHeard = 0;
  private polling = false;
  private mappingEdited = false;

  readonly step = signal<ImportStep>('file');
  /** The file being sent and how much of it has gone, while it is being sent. */
  readonly upload = signal<{ fileName: string; percent: number } | null>(null);
  readonly preview = signal<ClientImportPreview | null>(null);
  readonly customFields = signal<CustomFieldDefinition[]>([]);
  readonly mapping = signal<ImportMapping>({});
  readonly status = signal<ClientImportStatus | null>(null);
  readonly error = signal<Message | null>(null);
  /** Column -> the API's reason, when it refused the mapping. */
  readonly columnErrors = signal<Record<string, string>>({});
  readonly starting = signal(false);
  readonly downloading = signal(false);
  readonly errorsPageIndex = signal(0);

  readonly targets = computed(() => importTargets(this.customFields()));
  readonly mappingProblem = computed(() => mappingProblem(this.mapping()));
  readonly percent = computed(() => progressPercent(this.status()));
  readonly errors = computed(() => sortedErrors(this.status()?.errors ?? []));
  readonly rejectedRows = computed(() => rejectedRowCount(this.errors()));
  readonly errorsPage = computed(() =>
    this.errors().slice(
      this.errorsPageIndex() * ERRORS_PAGE_SIZE,
      (this.errorsPageIndex() + 1) * ERRORS_PAGE_SIZE,
    ),
  );

  /** Custom fields are targets too; without them the built-in fields still work. */
  loadFields(): void {
    this.clientsApi.customFields().subscribe({
      next: (fields) => {
        this.customFields.set(fields);
        // A file read before the fields arrived gets its custom field suggestions now, unless already edited.
        const preview = this.preview();
        if (preview && !this.mappingEdited) this.suggest(preview);
      },
      error: () => this.customFields.set([]),
    });
  }

  /** Checks type and size first, so a wrong file is refused before it is sent. */
  chooseFile(file: File): void {
    this.error.set(fileProblem(file));
    if (this.error() !== null || this.upload() !== null) return;
    this.upload.set({ fileName: file.name, percent: 0 });
    this.uploadRequest = this.api.upload(file).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress && event.total) {
          this.upload.set({ fileName: file.name, percent: Math.round((event.loaded / event.total) * 100) });
        } else if (event.type === HttpEventType.Response && event.body) {
          this.previewed(event.body);
        }
      },
      error: (error: unknown) => {
        this.upload.set(null);
        this.error.set(uploadMessage(toRequestFailure(error)));
      },
    });
  }

  cancelUpload(): void {
    this.uploadRequest?.unsubscribe();
    this.uploadRequest = null;
    this.upload.set(null);
  }

  setTarget(column: string, target: ImportTargetField | null): void {
    this.mappingEdited = true;
    this.mapping.update((mapping) => withTarget(mapping, column, target));
    this.columnErrors.set({});
  }

  async start(): Promise<void> {
    const preview = this.preview();
    if (!preview || this.starting() || this.mappingProblem() !== null) return;
    this.starting.set(true);
    this.error.set(null);
    this.columnErrors.set({});
    // Listening before the request: a small file can be done before the answer arrives.
    this.watch(preview.importId);
    try {
      this.show(await firstValueFrom(this.api.start(preview.importId, { mapping: this.mapping() })));
    } catch (error: unknown) {
      this.startFailed(toRequestFailure(error), preview.importId);
    } finally {
      this.starting.set(false);
    }
  }

  setErrorsPage(pageIndex: number): void {
    this.errorsPageIndex.set(pageIndex);
  }

  async downloadRejected(): Promise<void> {
    const status = this.status();
    if (!status?.rejectedRowsUrl || this.downloading()) return;
    this.downloading.set(true);
    this.error.set(null);
    const fallbackName = `rejected-${status.fileName.replace(/\.\w+$/, '')}.csv`;
    try {
      await this.api.downloadRejected(status.rejectedRowsUrl, fallbackName);
    } catch {
      this.error.set({ key: 'clientImport.errors.download' });
    } finally {
      this.downloading.set(false);
    }
  }

  /** Back to the first step for another file. */
  reset(): void {
    this.cancelUpload();
    this.unwatch();
    this.preview.set(null);
    this.mapping.set({});
    this.status.set(null);
    this.error.set(null);
    this.columnErrors.set({});
    this.errorsPageIndex.set(0);
    this.step.set('file');
  }

  ngOnDestroy(): void {
    this.cancelUpload();
    this.unwatch();
  }

  private previewed(preview: ClientImportPreview): void {
    this.uploadRequest = null;
    this.upload.set(null);
    this.preview.set(preview);
    this.mappingEdited = false;
    this.suggest(preview);
    this.step.set('mapping');
  }

  private suggest(preview: ClientImportPreview): void {
    this.mapping.set(initialMapping(preview.columns, preview.suggestedMapping, this.targets()));
  }

  private startFailed(failure: RequestFailure, importId: string): void {
    if (failure.code === 'IMPORT_ALREADY_STARTED') {
      // Started already (a second tab, a repeated click): follow it rather than fail.
      void this.poll(importId);
      return;
    }
    this.unwatch();
    if (failure.code === 'IMPORT_NOT_FOUND') {
      this.error.set({ key: 'clientImport.errors.lost' });
    } else if (failure.fieldErrors.length > 0) {
      this.columnErrors.set(columnErrors(failure.fieldErrors));
      this.error.set({ key: 'clientImport.errors.badMapping' });
    } else {
      this.error.set({ key: failureMessageKey(failure) });
    }
  }

  private watch(importId: string): void {
    this.unwatch();
    this.lastHeard = Date.now();
    this.stopListening = this.realtime.on('clients.importProgressed', (status) => {
      if (status.importId !== importId) return;
      this.lastHeard = Date.now();
      this.show(status);
    });
    this.poller = setInterval(() => {
      if (Date.now() - this.lastHeard >= POLL_MS) void this.poll(importId);
    }, POLL_MS);
  }

  private async poll(importId: string): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      this.show(await firstValueFrom(this.api.status(importId)));
    } catch (error: unknown) {
      const failure = toRequestFailure(error);
      // A lost connection may come back; an import that is gone or forbidden will not.
      if (failure.status === 403 || failure.status === 404) {
        this.unwatch();
        this.error.set({ key: failureMessageKey(failure) });
      }
    } finally {
      this.polling = false;
    }
  }

  private show(status: ClientImportStatus): void {
    if (!isNewer(this.status(), status)) return;
    this.status.set(status);
    if (isFinished(status)) {
      this.unwatch();
      this.errorsPageIndex.set(0);
      this.step.set('done');
    } else if (status.state === 'running') {
      this.step.set('running');
    }
  }

  private unwatch(): void {
    this.stopListening?.();
    this.stopListening = null;
    if (this.poller !== null) clearInterval(this.poller);
    this.poller = null;
  }
}
