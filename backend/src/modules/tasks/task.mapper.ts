import { Task } from '@switchboard/contracts';
import { TaskRecord } from './task.entity';

export function toTask(record: TaskRecord): Task {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    clientId: record.clientId,
    callId: record.callId,
    queue: record.queue,
    assignee: record.assignee ? { id: record.assignee.id, displayName: record.assignee.displayName } : null,
    dueAt: record.dueAt?.toISOString() ?? null,
    doneAt: record.doneAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
  };
}
