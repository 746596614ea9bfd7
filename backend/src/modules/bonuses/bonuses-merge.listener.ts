import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { ClientMergedEvent } from '../../core/events/domain-events';

/** A merged client's bonus ledger joins the kept client's, so the balances add up. */
@Injectable()
export class BonusesMergeListener {
  @OnDomainEvent('client.merged', { promisify: true, suppressErrors: false })
  async move({ sourceId, targetId, manager }: ClientMergedEvent): Promise<void> {
    await manager.query('UPDATE bonus_entries SET client_id = $2 WHERE client_id = $1', [sourceId, targetId]);
  }
}
