import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CLIENTS_MERGED, ClientsMergedEvent } from '../clients/merge/clients-merged.event';

/** A merged client's bonus ledger joins the kept client's, so the balances add up. */
@Injectable()
export class BonusesMergeListener {
  @OnEvent(CLIENTS_MERGED, { promisify: true, suppressErrors: false })
  async move({ sourceId, targetId, manager }: ClientsMergedEvent): Promise<void> {
    await manager.query('UPDATE bonus_entries SET client_id = $2 WHERE client_id = $1', [sourceId, targetId]);
  }
}
