import { AbstractControl, ValidationErrors, Validators } from '@angular/forms';
import { Team } from '@switchboard/contracts';

/** As the API checks them. */
export const TEAM_NAME_MAX = 80;
export const QUEUE_NAME_MAX = 64;

export const NAME_RULES = [Validators.required, Validators.maxLength(TEAM_NAME_MAX)];

/** Someone who can be put in a team: the picker shows their name and role. */
export type MemberChoice = Team['members'][number];

/** Adds typed or pasted queue names (split at commas and line breaks), trimmed, without empties or repeats. */
export function addQueues(current: readonly string[], text: string): string[] {
  const next = [...current];
  for (const part of text.split(/[,\n]/)) {
    const queue = part.trim();
    if (queue !== '' && !next.includes(queue)) {
      next.push(queue);
    }
  }
  return next;
}

/** Error `queueTooLong` when a queue's name is longer than the API takes; names are never cut, they must match the PBX. */
export function queuesFit(control: AbstractControl<string[]>): ValidationErrors | null {
  return control.value.some((queue) => queue.length > QUEUE_NAME_MAX) ? { queueTooLong: true } : null;
}

/** The PBX's queues not chosen yet that contain the typed text, in any case. */
export function queueSuggestions(
  known: readonly string[],
  chosen: readonly string[],
  draft: string,
): string[] {
  const needle = draft.trim().toLowerCase();
  return known.filter((queue) => !chosen.includes(queue) && queue.toLowerCase().includes(needle));
}

/**
 * Everyone the picker offers: the active users, and the team's current members even when they are no
 * longer active (so the picker still shows them), by name.
 */
export function memberChoices(
  users: readonly MemberChoice[],
  current: readonly MemberChoice[],
): MemberChoice[] {
  const byId = new Map(users.map((user) => [user.id, user]));
  for (const member of current) {
    if (!byId.has(member.id)) byId.set(member.id, member);
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
