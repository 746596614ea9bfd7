import { ChangeDetectorRef, Signal, effect, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';

/**
 * Marks the calling OnPush component for check on every event of `control` and its descendants (value,
 * validity, touched, submit). Reactive forms change outside signals: a component given part of a form
 * by its owner would otherwise keep showing stale rows, chips and errors when the owner fills the form
 * or puts the server's errors on it. Call it in an injection context.
 */
export function checkOnControlEvents(control: Signal<AbstractControl>): void {
  const changeDetector = inject(ChangeDetectorRef);
  effect((onCleanup) => {
    const subscription = control().events.subscribe(() => changeDetector.markForCheck());
    onCleanup(() => subscription.unsubscribe());
  });
}
