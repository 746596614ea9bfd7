import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A Material button in place of the browser's "Choose File" input, whose text follows the browser's
 * language instead of the app's. The real input stays in the page, hidden, so tests can still set files.
 */
@Component({
  selector: 'sb-file-picker',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <input
      #input
      type="file"
      class="cdk-visually-hidden"
      tabindex="-1"
      aria-hidden="true"
      [accept]="accept()"
      (change)="picked(input)"
      [attr.data-testid]="testId()"
    />
    <button mat-stroked-button type="button" (click)="input.click()">
      <mat-icon>attach_file</mat-icon> {{ label() | transloco }}
    </button>
    <span class="file-name" aria-live="polite" data-testid="file-picker-name">{{
      fileName() ?? ('common.noFileChosen' | transloco)
    }}</span>
  `,
  styles:
    ':host { display: inline-flex; align-items: center; gap: 12px; } .file-name { color: var(--mat-sys-on-surface-variant); }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilePicker {
  /** Translation key of the button's text. */
  readonly label = input('common.chooseFile');
  readonly accept = input('');
  readonly testId = input<string | null>(null);
  readonly fileChosen = output<File>();
  protected readonly fileName = signal<string | null>(null);

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is a change too.
    input.value = '';
    if (!file) return;
    this.fileName.set(file.name);
    this.fileChosen.emit(file);
  }
}
