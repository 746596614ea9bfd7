import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CLIENTS_MERGED, ClientsMergedEvent } from '../clients/merge/clients-merged.event';
import { CallsService } from './calls.service';

/** A merged client's calls go to the kept client, inside the merge's transaction. */
@Injectable()
export class CallsMergeListener {
  constructor(private readonly calls: CallsService) {}

  @OnEvent(CLIENTS_MERGED, { promisify: true, suppressErrors: false })
  move({ sourceId, targetId, manager }: ClientsMergedEvent): Promise<void> {
    return this.calls.moveClient(sourceId, targetId, manager);
  }
}
