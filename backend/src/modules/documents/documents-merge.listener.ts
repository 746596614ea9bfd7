import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CLIENTS_MERGED, ClientsMergedEvent } from '../clients/merge/clients-merged.event';

/** A merged client's documents and files go to the kept client. */
@Injectable()
export class DocumentsMergeListener {
  @OnEvent(CLIENTS_MERGED, { promisify: true, suppressErrors: false })
  async move({ sourceId, targetId, manager }: ClientsMergedEvent): Promise<void> {
    await manager.query('UPDATE documents SET client_id = $2 WHERE client_id = $1', [sourceId, targetId]);
    await manager.query('UPDATE attachments SET client_id = $2 WHERE client_id = $1', [sourceId, targetId]);
  }
}
