import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CLIENTS_MERGED, ClientsMergedEvent } from '../clients/merge/clients-merged.event';
import { TasksService } from './tasks.service';

/** A merged client's tasks go to the kept client, inside the merge's transaction. */
@Injectable()
export class TasksMergeListener {
  constructor(private readonly tasks: TasksService) {}

  @OnEvent(CLIENTS_MERGED, { promisify: true, suppressErrors: false })
  move({ sourceId, targetId, manager }: ClientsMergedEvent): Promise<void> {
    return this.tasks.move(sourceId, targetId, manager);
  }
}
