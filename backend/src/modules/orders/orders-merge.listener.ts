import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CLIENTS_MERGED, ClientsMergedEvent } from '../clients/merge/clients-merged.event';

/** A merged client's orders go to the kept client, inside the merge's transaction. */
@Injectable()
export class OrdersMergeListener {
  @OnEvent(CLIENTS_MERGED, { promisify: true, suppressErrors: false })
  async move({ sourceId, targetId, manager }: ClientsMergedEvent): Promise<void> {
    await manager.query('UPDATE orders SET client_id = $2 WHERE client_id = $1', [sourceId, targetId]);
  }
}
