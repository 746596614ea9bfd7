import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client as ClientView } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { Client } from '../client.entity';
import { clearLists, replaceClient } from '../client.writer';
import { MergeWithItselfError } from '../clients.errors';
import { ClientsService } from '../clients.service';
import { ClientHistoryService } from '../history/client-history.service';
import { mergeCards } from './merge-cards';
import { DomainEventBus } from '../../../core/events/domain-event-bus';
import { ClientMergedEvent } from '../../../core/events/domain-events';

/** Joins a duplicate into the kept client: one transaction, the duplicate ends in the bin. */
@Injectable()
export class ClientsMergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clients: ClientsService,
    private readonly history: ClientHistoryService,
    private readonly events: DomainEventBus,
  ) {}

  async merge(targetId: string, sourceId: string, actorId: string | null): Promise<ClientView> {
    if (targetId === sourceId) throw new MergeWithItselfError();
    return this.db.transaction(async (manager) => {
      // Locks in id order, so two merges of the same pair cannot deadlock.
      const [first, second] = [targetId, sourceId].sort();
      const locked = new Map<string, ClientView>();
      for (const id of [first, second]) {
        locked.set(id, await this.clients.load(id, manager, { lock: true, withDeleted: false }));
      }
      const [kept, merged] = [locked.get(targetId), locked.get(sourceId)] as [ClientView, ClientView];
      const state = await this.clients.check(mergeCards(kept, merged));
      await manager.update(Client, { id: sourceId }, { deletedAt: new Date() });
      await clearLists(manager, sourceId);
      await replaceClient(manager, targetId, state, actorId);
      await this.history.move(sourceId, targetId, manager);
      const event: ClientMergedEvent = { sourceId, targetId, manager };
      await this.events.emitAsync('client.merged', event);
      await this.history.record(
        {
          clientId: targetId,
          kind: 'merged',
          authorId: actorId,
          data: { sourceId, sourceName: merged.displayName },
        },
        manager,
      );
      return this.clients.load(targetId, manager);
    });
  }
}
