import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { ClientMergedEvent } from '../../core/events/domain-events';

/** A merged client's documents and files go to the kept client. */
@Injectable()
export class DocumentsMergeListener {
  @OnDomainEvent('client.merged', { promisify: true, suppressErrors: false })
  async move({ sourceId, targetId, manager }: ClientMergedEvent): Promise<void> {
    await manager.query('UPDATE documents SET client_id = $2 WHERE client_id = $1', [sourceId, targetId]);
    await manager.query('UPDATE attachments SET client_id = $2 WHERE client_id = $1', [sourceId, targetId]);
  }
}
