import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { SERVER_ERROR } from '../field-error.pipe';
import { RepeatingRowDef } from './repeating-row.directive';
import { RepeatingRows } from './repeating-rows';

@Component({
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, RepeatingRows, RepeatingRowDef],
  template: `
    <sb-repeating-rows
      heading="Phones"
      addLabel="Add phone"
      removeLabel="Remove"
      testId="phone"
      [minRows]="minRows()"
      (add)="phones.push(newPhone())"
    >
      <mat-form-field *sbRow="let phone of phones; let i = index">
        <mat-label>Phone {{ i + 1 }}</mat-label>
        <input matInput [formControl]="phone" [attr.data-testid]="'phone-input-' + i" />
        @if (phone.errors?.['server']; as key) {
          <mat-error data-testid="phone-error">{{ key }}</mat-error>
        }
      </mat-form-field>
    </sb-repeating-rows>
    <p data-testid="banner">{{ banner() }}</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly phones = new FormArray<FormControl<string>>([]);
  readonly minRows = signal(0);
  readonly banner = signal('');
  newPhone(value = ''): FormControl<string> {
    return new FormControl(value, { nonNullable: true });
  }
}

describe('RepeatingRows', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;

  const element = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...element().querySelectorAll<HTMLElement>('[data-testid="phone"]')];
  const values = () => [...element().querySelectorAll<HTMLInputElement>('input')].map((input) => input.value);
  const removeButtons = () => rows().map((row) => row.querySelector<HTMLButtonElement>('button.remove'));

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('shows rows the owner adds outside any event, as when it fills the form for an edit', async () => {
    expect(rows()).toHaveLength(0);
    host.phones.push(host.newPhone('067 123 45 67'));
    host.phones.push(host.newPhone('050 111 22 33'));
    await fixture.whenStable();
    expect(values()).toEqual(['067 123 45 67', '050 111 22 33']);
  });

  it('asks the owner for a row on add and removes the row whose button was pressed', async () => {
    const add = element().querySelector<HTMLButtonElement>('[data-testid="phone-add"]');
    expect(add?.textContent).toContain('Add phone');
    add?.click();
    add?.click();
    add?.click();
    await fixture.whenStable();
    host.phones.setValue(['a', 'b', 'c']);
    await fixture.whenStable();

    removeButtons()[1]?.click();
    await fixture.whenStable();
    expect(host.phones.getRawValue()).toEqual(['a', 'c']);
    expect(values()).toEqual(['a', 'c']);
  });

  it('names the icon-only remove buttons and labels the group by its heading', async () => {
    host.phones.push(host.newPhone());
    await fixture.whenStable();
    expect(removeButtons()[0]?.getAttribute('aria-label')).toBe('Remove');
    const group = element().querySelector('[role="group"]');
    const heading = element().querySelector('h2');
    expect(heading?.textContent?.trim()).toBe('Phones');
    expect(group?.getAttribute('aria-labelledby')).toBe(heading?.id);
  });

  it('keeps the rows that must stay', async () => {
    host.minRows.set(1);
    host.phones.push(host.newPhone());
    await fixture.whenStable();
    expect(removeButtons()[0]?.disabled).toBe(true);

    host.phones.push(host.newPhone());
    await fixture.whenStable();
    expect(removeButtons().map((button) => button?.disabled)).toEqual([false, false]);
  });

  it('shows a server error on the row it belongs to once the owner re-renders', async () => {
    host.phones.push(host.newPhone('1'));
    host.phones.push(host.newPhone('2'));
    await fixture.whenStable();

    const second = host.phones.at(1);
    second.setErrors({ [SERVER_ERROR]: 'validation.rejected' });
    second.markAsTouched();
    host.banner.set('Fix the marked fields');
    await fixture.whenStable();

    const errors = rows().map((row) => row.querySelector('[data-testid="phone-error"]')?.textContent ?? null);
    expect(errors).toEqual([null, 'validation.rejected']);
  });
});
