import { UserRef } from '../clients/client';

/** `appointment` and `delivery` tasks with a client and a due time get reminder calls when the admins turn them on. */
export const TASK_KINDS = ['call-back', 'follow-up', 'other', 'appointment', 'delivery'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface Task {
  id: string;
  kind: TaskKind;
  title: string;
  clientId: string | null;
  callId: string | null;
  /** The queue whose members may take it when nobody is assigned. */
  queue: string | null;
  assignee: UserRef | null;
  dueAt: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface CreateTaskRequest {
  /** `follow-up` when left out. */
  kind?: TaskKind;
  title: string;
  clientId?: string | null;
  callId?: string | null;
  /** The author when left out. */
  assigneeId?: string | null;
  dueAt?: string | null;
}

export interface TaskListQuery {
  clientId?: string;
  /** Open tasks only unless false. */
  open?: boolean;
  /** `mine`: assigned to me; `all` for supervisors. */
  scope?: 'mine' | 'all';
  page?: number;
  pageSize?: number;
}
