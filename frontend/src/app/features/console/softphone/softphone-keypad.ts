import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

export const KEYPAD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/** Twelve phone keys; the panel decides whether a press dials a digit or sends it as DTMF. */
@Component({
  selector: 'sb-softphone-keypad',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <div class="keys" role="group" [attr.aria-label]="'softphone.actions.keypad' | transloco">
      @for (key of keys; track key) {
        <button
          mat-stroked-button
          type="button"
          [attr.data-testid]="'softphone-key-' + key"
          [attr.aria-label]="'softphone.actions.key' | transloco: { key }"
          (click)="pressed.emit(key)"
        >
          {{ key }}
        </button>
      }
    </div>
  `,
  styles: `
    .keys {
      display: grid;
      grid-template-columns: repeat(3, 56px);
      gap: 4px;
    }
    button {
      min-width: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SoftphoneKeypad {
  protected readonly keys = KEYPAD_KEYS;
  readonly pressed = output<string>();
}
