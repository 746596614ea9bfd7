import { Injectable, computed, inject, signal } from '@angular/core';
import { Page, SaveTeamRequest, Team, User } from '@switchboard/contracts';
import { Observable, Subscription, firstValueFrom } from 'rxjs';

import { RequestFailure, failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SaveFailure, SaveResult } from '../../../core/http/save-result';
import { serverReasonKey } from '../../../shared/forms/server-errors';
import { MemberChoice } from './team-form';
import { TeamsApiService } from './teams-api.service';

/** The most users the API gives in one page. */
const USERS_PAGE = 200;

/** What the server said about a field, in this form's words where it has better ones. */
const FIELD_MESSAGES: Record<string, string> = {
  'name:TAKEN': 'teams.nameTaken',
  'memberIds:NOT_FOUND': 'teams.memberGone',
};

/** Maps an API failure onto the dialog's fields (`queues.1` -> `queues`); the rest becomes a message. */
export function toTeamSaveFailure(failure: RequestFailure): SaveFailure {
  const fieldErrors: Record<string, string> = {};
  for (const error of failure.fieldErrors) {
    const field = error.field.split('.')[0];
    fieldErrors[field] ??= FIELD_MESSAGES[`${field}:${error.code}`] ?? serverReasonKey(error);
  }
  const hasFields = Object.keys(fieldErrors).length > 0;
  return { ok: false, fieldErrors, messageKey: hasFields ? null : failureMessageKey(failure) };
}

const toChoice = ({ id, displayName, role }: User): MemberChoice => ({ id, displayName, role });

/** The admin list of teams, the changes made to it, and the users and queues a team is made of. */
@Injectable()
export class TeamsStore {
  private readonly api = inject(TeamsApiService);
  private request: Subscription | null = null;

  readonly teams = signal<Team[]>([]);
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly empty = computed(() => !this.loading() && this.errorKey() === null && this.teams().length === 0);

  /** Active users for the members picker, by name. */
  readonly users = signal<MemberChoice[]>([]);
  /** Queues the PBX knows, for suggestions; empty when it is not connected (any name may still be typed). */
  readonly queueNames = signal<string[]>([]);
  readonly choicesLoading = signal(false);
  readonly choicesErrorKey = signal<string | null>(null);

  /** Loads the list; a newer request cancels one still under way. */
  load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.errorKey.set(null);
    this.request = this.api.list().subscribe({
      next: (teams) => {
        this.teams.set(teams);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.errorKey.set(failureMessageKey(toRequestFailure(error)));
        this.loading.set(false);
      },
    });
  }

  /** Loads every active user (page after page) and the PBX's queues, for the team dialog. */
  async loadChoices(): Promise<void> {
    this.choicesLoading.set(true);
    this.choicesErrorKey.set(null);
    const queues = firstValueFrom(this.api.queues()).then(
      ({ queues }) => this.queueNames.set([...queues].sort()),
      () => this.queueNames.set([]),
    );
    try {
      this.users.set((await this.allActiveUsers()).map(toChoice));
    } catch (error: unknown) {
      this.choicesErrorKey.set(failureMessageKey(toRequestFailure(error)));
    }
    await queues;
    this.choicesLoading.set(false);
  }

  create(request: SaveTeamRequest): Promise<SaveResult<Team>> {
    return this.run(this.api.create(request));
  }

  update(id: string, request: SaveTeamRequest): Promise<SaveResult<Team>> {
    return this.run(this.api.update(id, request));
  }

  remove(team: Team): Promise<SaveResult<void>> {
    return this.run(this.api.remove(team.id));
  }

  private async allActiveUsers(): Promise<User[]> {
    const users: User[] = [];
    let page: Page<User>;
    do {
      page = await firstValueFrom(this.api.activeUsers(users.length / USERS_PAGE + 1, USERS_PAGE));
      users.push(...page.items);
    } while (page.items.length === USERS_PAGE && users.length < page.total);
    return users.sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  private async run<T>(request: Observable<T>): Promise<SaveResult<T>> {
    this.errorKey.set(null);
    try {
      const value = await firstValueFrom(request);
      this.load();
      return { ok: true, value };
    } catch (error: unknown) {
      return toTeamSaveFailure(toRequestFailure(error));
    }
  }
}
