import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Page, Task, TaskKind } from '@switchboard/contracts';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { preparedQuery } from '../../core/database/prepared-query';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { violatedForeignKey } from '../../core/database/foreign-key-violation';
import { ForbiddenError, ValidationFailedError } from '../../core/http/domain-error';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { toTask } from './task.mapper';
import { TaskRecord } from './task.entity';
import { TaskNotFoundError } from './tasks.errors';

/** $1 client, $2 how many. */
const OPEN_TASKS_SQL = `
  SELECT id, title, to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "dueAt"
    FROM tasks WHERE client_id = $1 AND done_at IS NULL ORDER BY due_at NULLS LAST, created_at DESC LIMIT $2`;

/** The request field behind each foreign key of a task. */
const MISSING_ROW_FIELD: Record<string, string> = {
  tasks_client_fk: 'clientId',
  tasks_assignee_fk: 'assigneeId',
};

export interface CallBackTask {
  callId: string;
  clientId: string | null;
  queue: string | null;
  assigneeId: string | null;
  title: string;
}

export interface FollowUpTask {
  clientId: string;
  /** Null: nobody in particular (the client has no manager). */
  assigneeId: string | null;
  title: string;
}

/** Tasks and reminders: written by people, and call-backs for missed calls written by the calls module. */
@Injectable()
export class TasksService {
  constructor(@InjectRepository(TaskRecord) private readonly tasks: Repository<TaskRecord>) {}

  async create(dto: CreateTaskDto, author: AuthenticatedUser): Promise<Task> {
    const saved = await this.tasks
      .save({
        kind: dto.kind,
        title: dto.title,
        clientId: dto.clientId ?? null,
        callId: dto.callId ?? null,
        assignee: { id: dto.assigneeId ?? author.id },
        dueAt: dto.dueAt ? new Date(dto.dueAt) : null,
        createdBy: { id: author.id },
      })
      .catch((error: unknown) => {
        const field = MISSING_ROW_FIELD[violatedForeignKey(error) ?? ''];
        throw field
          ? new ValidationFailedError([{ field, code: 'NOT_FOUND', reason: 'names nothing that exists' }])
          : error;
      });
    return this.get(saved.id);
  }

  /** A call-back for a missed call; a second report of the same call adds nothing. */
  async createCallBack(task: CallBackTask, manager: EntityManager = this.tasks.manager): Promise<void> {
    const kind: TaskKind = 'call-back';
    await manager
      .createQueryBuilder()
      .insert()
      .into(TaskRecord)
      .values({
        kind,
        title: task.title,
        clientId: task.clientId,
        callId: task.callId,
        queue: task.queue,
        assignee: task.assigneeId ? { id: task.assigneeId } : null,
        dueAt: new Date(),
      })
      .orIgnore()
      .execute();
  }

  /** A follow-up the system raises for someone (a client's low survey answer for their manager, say). */
  async createFollowUp(task: FollowUpTask): Promise<void> {
    const kind: TaskKind = 'follow-up';
    await this.tasks.insert({
      kind,
      title: task.title,
      clientId: task.clientId,
      assignee: task.assigneeId ? { id: task.assigneeId } : null,
      dueAt: new Date(),
    });
  }

  /** A client's open tasks, the soonest due first: the pop shows them. */
  openForClient(
    clientId: string,
    limit: number,
  ): Promise<{ id: string; title: string; dueAt: string | null }[]> {
    return preparedQuery(this.tasks.manager.connection, 'client-open-tasks', OPEN_TASKS_SQL, [
      clientId,
      limit,
    ]);
  }

  async get(id: string): Promise<Task> {
    const record = await this.tasks.findOne({ where: { id }, relations: { assignee: true } });
    if (!record) throw new TaskNotFoundError(id);
    return toTask(record);
  }

  async list(query: ListTasksQuery, user: AuthenticatedUser): Promise<Page<Task>> {
    if (query.scope === 'all' && user.role === 'operator')
      throw new ForbiddenError('Only supervisors see every task');
    const builder = this.tasks
      .createQueryBuilder('t')
      .leftJoinAndSelect('t.assignee', 'assignee')
      .where(query.open ? 't.done_at IS NULL' : 't.done_at IS NOT NULL');
    if (query.clientId) builder.andWhere('t.client_id = :clientId', { clientId: query.clientId });
    if (query.scope === 'mine') {
      // Call-backs of a queue wait for whoever of its agents takes them.
      builder.andWhere(
        new Brackets((mine) =>
          mine
            .where('t.assignee_id = :me', { me: user.id })
            .orWhere('(t.assignee_id IS NULL AND t.queue IS NOT NULL)'),
        ),
      );
    }
    const [records, total] = await builder
      .orderBy('t.dueAt', 'ASC', 'NULLS LAST')
      .addOrderBy('t.createdAt', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: records.map(toTask), total, page: query.page, pageSize: query.pageSize };
  }

  /** An operator completes their own tasks and their queues' unassigned call-backs; supervisors any. */
  async complete(id: string, user: AuthenticatedUser): Promise<Task> {
    const builder = this.tasks
      .createQueryBuilder()
      .update(TaskRecord)
      .set({ doneAt: () => 'coalesce(done_at, now())' })
      .where('id = :id', { id });
    if (user.role === 'operator') {
      builder.andWhere('(assignee_id = :me OR (assignee_id IS NULL AND queue IS NOT NULL))', { me: user.id });
    }
    const { affected } = await builder.execute();
    if (!affected) throw new TaskNotFoundError(id);
    return this.get(id);
  }

  /** Moves a merged client's tasks to the kept client. */
  async move(fromClientId: string, toClientId: string, manager: EntityManager): Promise<void> {
    await manager.update(TaskRecord, { clientId: fromClientId }, { clientId: toClientId });
  }
}
