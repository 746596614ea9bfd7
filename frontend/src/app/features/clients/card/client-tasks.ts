import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Task } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { SessionStore } from '../../../core/auth/session.store';
import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ClientTasksApiService } from '../client-tasks-api.service';

/** More than a client keeps open at once; the tab lists them without paging. */
const PAGE_SIZE = 100;

/** The client's open tasks, the soonest due first, each with a button to mark it done. */
@Component({
  selector: 'sb-client-tasks',
  imports: [LocalDatePipe, MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    @if (errorKey(); as error) {
      <p class="error" role="alert">{{ error | transloco }}</p>
    }
    @if (mineOnly()) {
      <p class="muted">{{ 'clients.card.tasksMineOnly' | transloco }}</p>
    }
    <ul class="tasks">
      @for (task of tasks(); track task.id) {
        <li data-testid="client-task" [class.overdue]="isOverdue(task)">
          <div class="what">
            <strong>{{ task.title }}</strong>
            <span class="muted">
              {{ 'clients.card.taskKinds.' + task.kind | transloco }}
              @if (task.dueAt) {
                · {{ 'clients.card.taskDue' | transloco }}
                <span data-testid="client-task-due">{{ task.dueAt | localDate: 'short' }}</span>
              }
              @if (task.assignee) {
                · {{ task.assignee.displayName }}
              }
            </span>
          </div>
          <button
            mat-stroked-button
            type="button"
            data-testid="client-task-done"
            [disabled]="completing() === task.id"
            (click)="complete(task)"
          >
            <mat-icon>done</mat-icon> {{ 'clients.card.taskDone' | transloco }}
          </button>
        </li>
      } @empty {
        @if (loaded()) {
          <li class="muted" data-testid="client-tasks-empty">{{ 'clients.card.noTasks' | transloco }}</li>
        }
      }
    </ul>
  `,
  styles: `
    .tasks {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .tasks li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .overdue [data-testid='client-task-due'],
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientTasks implements OnInit {
  readonly clientId = input.required<string>();
  private readonly api = inject(ClientTasksApiService);
  private readonly role = inject(SessionStore).role;

  /** The API shows operators only their own tasks and their queues' call-backs. */
  protected readonly mineOnly = computed(() => this.role() === 'operator');
  protected readonly tasks = signal<Task[]>([]);
  protected readonly loaded = signal(false);
  protected readonly completing = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected isOverdue(task: Task): boolean {
    return task.dueAt !== null && Date.parse(task.dueAt) < Date.now();
  }

  protected async complete(task: Task): Promise<void> {
    this.completing.set(task.id);
    this.errorKey.set(null);
    try {
      await firstValueFrom(this.api.complete(task.id));
      this.tasks.update((tasks) => tasks.filter((open) => open.id !== task.id));
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.completing.set(null);
    }
  }

  private async load(): Promise<void> {
    try {
      const page = await firstValueFrom(
        this.api.list({
          clientId: this.clientId(),
          open: true,
          scope: this.mineOnly() ? 'mine' : 'all',
          pageSize: PAGE_SIZE,
        }),
      );
      this.tasks.set(page.items);
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.loaded.set(true);
    }
  }
}
