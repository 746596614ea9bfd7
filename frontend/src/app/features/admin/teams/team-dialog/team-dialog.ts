import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Team } from '@switchboard/contracts';

import { FieldErrorPipe, fieldErrorMessage } from '../../../../shared/forms/field-error.pipe';
import { applyServerErrors } from '../../../../shared/forms/server-errors';
import { NAME_RULES, addQueues, memberChoices, queueSuggestions, queuesFit } from '../team-form';
import { TeamsStore } from '../teams.store';

/** Create a team (no data) or edit one: its name, members and queues. */
@Component({
  selector: 'sb-team-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './team-dialog.html',
  styles: '.queues-input { min-width: 160px; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamDialog {
  protected readonly store = inject(TeamsStore);
  private readonly dialogRef = inject(MatDialogRef<TeamDialog>);
  protected readonly team = inject<Team | null>(MAT_DIALOG_DATA);

  protected readonly separators = [ENTER, COMMA];
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: [this.team?.name ?? '', NAME_RULES],
    memberIds: this.fb.control<string[]>(this.team?.members.map((member) => member.id) ?? []),
    queues: this.fb.control<string[]>(this.team?.queues ?? [], queuesFit),
  });
  protected readonly choices = computed(() => memberChoices(this.store.users(), this.team?.members ?? []));
  /** Text typed into the queues box and not yet turned into a chip. */
  protected readonly draft = signal('');
  private readonly chosenQueues = toSignal(this.form.controls.queues.valueChanges, {
    initialValue: this.form.controls.queues.value,
  });
  protected readonly suggestions = computed(() =>
    queueSuggestions(this.store.queueNames(), this.chosenQueues(), this.draft()),
  );
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  constructor() {
    void this.store.loadChoices();
  }

  protected typed(event: Event): void {
    this.draft.set((event.target as HTMLInputElement).value);
  }

  protected addQueue(event: MatChipInputEvent): void {
    this.commitDraft(event.value);
    event.chipInput.clear();
  }

  protected pickQueue(event: MatAutocompleteSelectedEvent, input: HTMLInputElement): void {
    this.commitDraft(String(event.option.value));
    input.value = '';
  }

  protected removeQueue(queue: string): void {
    const queues = this.form.controls.queues;
    queues.setValue(queues.value.filter((item) => item !== queue));
    queues.markAsTouched();
  }

  async save(): Promise<void> {
    // Text left in the queues box counts, as if Enter had been pressed.
    this.commitDraft(this.draft());
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    const { name, memberIds, queues } = this.form.getRawValue();
    const request = { name: name.trim(), memberIds, queues };
    const result = this.team
      ? await this.store.update(this.team.id, request)
      : await this.store.create(request);
    this.saving.set(false);
    if (result.ok) {
      this.dialogRef.close(result.value);
      return;
    }
    applyServerErrors(this.form.controls, result.fieldErrors);
    this.errorKey.set(result.messageKey);
  }

  /** Why the queues are refused: too long a name here, or what the server said. */
  protected queuesErrorKey(): string | null {
    const errors = this.form.controls.queues.errors;
    if (!errors) return null;
    return errors['queueTooLong']
      ? 'teams.queueTooLong'
      : (fieldErrorMessage(errors)?.key ?? 'validation.rejected');
  }

  private commitDraft(text: string): void {
    this.draft.set('');
    if (text.trim() === '') return;
    const queues = this.form.controls.queues;
    queues.setValue(addQueues(queues.value, text));
    queues.markAsTouched();
  }
}
