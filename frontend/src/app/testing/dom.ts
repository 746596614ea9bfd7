import { ComponentFixture } from '@angular/core/testing';

/** The rendered element with this `data-testid`, or null. */
export function byTestId(fixture: ComponentFixture<unknown>, testId: string): HTMLElement | null {
  return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}

/** Types into an input as a person does: the value, then the `input` event the forms listen to. */
export function typeInto(fixture: ComponentFixture<unknown>, testId: string, value: string): void {
  const input = byTestId(fixture, testId) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** The message the form field around `element` shows as its error, or null. */
export function fieldError(element: Element | null | undefined): string | null {
  return element?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? null;
}

/** Lets the promise chain a click or a flushed response started run, then renders. */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
