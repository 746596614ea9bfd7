import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, contentChild, input, output } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import { checkOnControlEvents } from '../check-on-control-events';
import { RepeatingRowDef } from './repeating-row.directive';

let nextId = 0;

/**
 * A titled list editor: one row of fields per control of a form array (given by the `*sbRow` inside),
 * a remove button on each row and an add button below. The owner builds the control on `add`, since only
 * it knows the row's defaults and validators; removing is the same for every list, so it happens here.
 */
@Component({
  selector: 'sb-repeating-rows',
  imports: [NgTemplateOutlet, MatButtonModule, MatIconModule],
  template: `
    <div class="rows" role="group" [attr.aria-labelledby]="headingId">
      <h2 class="heading" [id]="headingId">{{ heading() }}</h2>
      @for (row of array().controls; track row; let i = $index) {
        <div class="row" [attr.data-testid]="testId() ?? null">
          <ng-container *ngTemplateOutlet="rowDef().template; context: { $implicit: row, index: i }" />
          <button
            mat-icon-button
            type="button"
            class="remove"
            [disabled]="array().length <= minRows()"
            [attr.aria-label]="removeLabel()"
            (click)="remove(i)"
          >
            <mat-icon>delete</mat-icon>
          </button>
        </div>
      }
      <button
        mat-button
        type="button"
        class="add"
        [attr.data-testid]="testId() ? testId() + '-add' : null"
        (click)="add.emit()"
      >
        <mat-icon>add</mat-icon> {{ addLabel() }}
      </button>
    </div>
  `,
  styles: `
    .rows {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .heading {
      margin: 20px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .row {
      margin-top: 12px;
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 12px;
      width: 100%;
    }
    .remove {
      margin-top: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RepeatingRows {
  readonly heading = input.required<string>();
  readonly addLabel = input.required<string>();
  /** The remove button's accessible name (it shows only an icon). */
  readonly removeLabel = input.required<string>();
  /** Rows that must stay: their remove buttons are disabled at this count (an order keeps one item). */
  readonly minRows = input(0);
  /** `data-testid` of each row; the add button gets it with `-add`. */
  readonly testId = input<string>();
  /** Asks the owner for a new row. */
  readonly add = output<void>();

  protected readonly headingId = `sb-repeating-rows-${nextId++}`;
  protected readonly rowDef = contentChild.required<RepeatingRowDef<AbstractControl>>(RepeatingRowDef);
  protected readonly array = computed(() => this.rowDef().sbRowOf());

  constructor() {
    // The owner also adds rows outside any event of this component (filling the form for an edit).
    checkOnControlEvents(this.array);
  }

  protected remove(index: number): void {
    this.array().removeAt(index);
  }
}
