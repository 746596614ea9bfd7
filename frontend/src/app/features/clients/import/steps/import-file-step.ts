import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';

import { ClientImportStore } from '../client-import.store';
import { IMPORT_ACCEPT, IMPORT_MAX_BYTES } from '../import-file';

/** Step 1: a file dropped on the zone or chosen with the button, then sent with a progress bar. */
@Component({
  selector: 'sb-import-file-step',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  template: `
    <div
      class="drop"
      [class.over]="dragOver()"
      (dragover)="onDragOver($event)"
      (dragleave)="dragOver.set(false)"
      (drop)="onDrop($event)"
      data-testid="import-drop"
    >
      <mat-icon class="drop-icon" aria-hidden="true">upload_file</mat-icon>
      <p class="drop-text">{{ 'clientImport.file.drop' | transloco }}</p>
      <input
        #picker
        type="file"
        class="cdk-visually-hidden"
        tabindex="-1"
        aria-hidden="true"
        [accept]="accept"
        (change)="onPicked(picker)"
        data-testid="import-file"
      />
      <button
        mat-flat-button
        type="button"
        [disabled]="store.upload() !== null"
        (click)="picker.click()"
        data-testid="import-choose"
      >
        <mat-icon>folder_open</mat-icon>
        {{ 'clientImport.file.choose' | transloco }}
      </button>
      <p class="hint">{{ 'clientImport.file.hint' | transloco: { limit: limitMb } }}</p>
    </div>
    @if (store.upload(); as upload) {
      <div class="upload" data-testid="import-upload">
        <p class="upload-text" aria-live="polite">
          {{ 'clientImport.file.uploading' | transloco: { file: upload.fileName, percent: upload.percent } }}
        </p>
        <mat-progress-bar
          mode="determinate"
          [value]="upload.percent"
          [attr.aria-label]="'clientImport.file.uploadProgress' | transloco"
        />
        <button mat-button type="button" (click)="store.cancelUpload()" data-testid="import-upload-cancel">
          {{ 'clientImport.file.cancel' | transloco }}
        </button>
      </div>
    }
  `,
  styleUrl: './import-file-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportFileStep {
  protected readonly store = inject(ClientImportStore);
  protected readonly accept = IMPORT_ACCEPT;
  protected readonly limitMb = IMPORT_MAX_BYTES / (1024 * 1024);
  protected readonly dragOver = signal(false);

  protected onDragOver(event: DragEvent): void {
    // Without this the browser opens the dropped file instead of handing it to the page.
    event.preventDefault();
    this.dragOver.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragOver.set(false);
    const file = event.dataTransfer?.files[0];
    if (file) this.store.chooseFile(file);
  }

  protected onPicked(input: HTMLInputElement): void {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (file) this.store.chooseFile(file);
  }
}
