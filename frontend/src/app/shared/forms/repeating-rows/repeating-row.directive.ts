import { Directive, TemplateRef, inject, input } from '@angular/core';
import { AbstractControl, FormArray } from '@angular/forms';

export interface RepeatingRowContext<T extends AbstractControl> {
  /** The row's control (`let phone`). */
  $implicit: T;
  /** Its position in the array (`let i = index`). */
  index: number;
}

/**
 * The fields of one row inside `sb-repeating-rows`, and the array they repeat over:
 * `<ng-container *sbRow="let phone of form.controls.phones; let i = index">…</ng-container>`.
 * The array sits here rather than on the component so the row variable is typed by it.
 */
@Directive({ selector: '[sbRow]' })
export class RepeatingRowDef<T extends AbstractControl> {
  readonly sbRowOf = input.required<FormArray<T>>();
  readonly template = inject<TemplateRef<RepeatingRowContext<T>>>(TemplateRef);

  static ngTemplateContextGuard<T extends AbstractControl>(
    _directive: RepeatingRowDef<T>,
    _context: unknown,
  ): _context is RepeatingRowContext<T> {
    return true;
  }
}
