import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { ClientMergedEvent } from '../../core/events/domain-events';

/** A merged client's orders go to the kept client, inside the merge's transaction. */
@Injectable()
export class OrdersMergeListener {
  @OnDomainEvent('client.merged', { promisify: true, suppressErrors: false })
  async move({ sourceId, targetId, manager }: ClientMergedEvent): Promise<void> {
    await manager.query('UPDATE orders SET client_id = $2 WHERE client_id = $1', [sourceId, targetId]);
  }
}
