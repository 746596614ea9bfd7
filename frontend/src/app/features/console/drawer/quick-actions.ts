import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TaskKind } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { ConsoleApiService } from '../console-api.service';
import { dayAndTimeToIso } from '../../../core/i18n/day-and-time';

type Action = 'note' | 'task';

/** What an operator writes during a call: a follow-up, or an appointment or delivery the client gets a reminder call for. */
const TASK_KINDS_OFFERED = ['follow-up', 'appointment', 'delivery'] as const satisfies readonly TaskKind[];

/** During a call: a note for the client's timeline, a task, or a new order (in a new tab, so nothing here is lost). */
@Component({
  selector: 'sb-quick-actions',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTimepickerModule,
    TranslocoPipe,
  ],
  templateUrl: './quick-actions.html',
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: flex-start;
      margin-top: 8px;
    }
    .wide {
      flex: 1 1 260px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickActions {
  readonly clientId = input.required<string>();
  readonly callId = input<string | null>(null);

  protected readonly drawer = inject(ConsoleDrawerStore);
  private readonly api = inject(ConsoleApiService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly taskKinds = TASK_KINDS_OFFERED;
  protected readonly action = signal<Action | null>(null);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly note = this.fb.group({ text: ['', Validators.required] });
  protected readonly task = this.fb.group({
    kind: this.fb.control<TaskKind>('follow-up'),
    title: ['', Validators.required],
    dueDay: this.fb.control<Date | null>(null),
    dueTime: this.fb.control<Date | null>(null),
  });

  protected toggle(action: Action): void {
    this.action.set(this.action() === action ? null : action);
    this.errorKey.set(null);
  }

  protected saveNote(): Promise<void> {
    if (this.note.invalid) return Promise.resolve(this.note.markAllAsTouched());
    return this.run('console.quick.noteSaved', () =>
      firstValueFrom(this.api.addNote(this.clientId(), this.note.getRawValue().text.trim())),
    );
  }

  protected saveTask(): Promise<void> {
    if (this.task.invalid) return Promise.resolve(this.task.markAllAsTouched());
    const { kind, title, dueDay, dueTime } = this.task.getRawValue();
    return this.run('console.quick.taskSaved', () =>
      firstValueFrom(
        this.api.createTask({
          kind,
          title: title.trim(),
          dueAt: dayAndTimeToIso(dueDay, dueTime),
          clientId: this.clientId(),
          callId: this.callId(),
        }),
      ),
    );
  }

  private async run(doneKey: string, request: () => Promise<unknown>): Promise<void> {
    this.saving.set(true);
    this.errorKey.set(null);
    try {
      await request();
      this.note.reset();
      this.task.reset();
      this.action.set(null);
      this.snackBar.open(this.transloco.translate(doneKey), undefined, { duration: 3000 });
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.saving.set(false);
    }
  }
}
