import { Injectable } from '@nestjs/common';
import { CallsService } from './calls.service';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { ClientMergedEvent } from '../../core/events/domain-events';

/** A merged client's calls go to the kept client, inside the merge's transaction. */
@Injectable()
export class CallsMergeListener {
  constructor(private readonly calls: CallsService) {}

  @OnDomainEvent('client.merged', { promisify: true, suppressErrors: false })
  move({ sourceId, targetId, manager }: ClientMergedEvent): Promise<void> {
    return this.calls.moveClient(sourceId, targetId, manager);
  }
}
