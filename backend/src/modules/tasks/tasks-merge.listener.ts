import { Injectable } from '@nestjs/common';
import { TasksService } from './tasks.service';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { ClientMergedEvent } from '../../core/events/domain-events';

/** A merged client's tasks go to the kept client, inside the merge's transaction. */
@Injectable()
export class TasksMergeListener {
  constructor(private readonly tasks: TasksService) {}

  @OnDomainEvent('client.merged', { promisify: true, suppressErrors: false })
  move({ sourceId, targetId, manager }: ClientMergedEvent): Promise<void> {
    return this.tasks.move(sourceId, targetId, manager);
  }
}
