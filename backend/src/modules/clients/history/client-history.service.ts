import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { HistoryEntry, HistoryKind, Page } from '@switchboard/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import { Client } from '../client.entity';
import { ListHistoryQuery } from './dto/list-history.query';
import { HistoryEntryRecord } from './history-entry.entity';
import { toHistoryEntry } from './history.mapper';

/** Kinds that count as talking to the client, so they move the client's "last contact". */
const CONTACT_KINDS: ReadonlySet<HistoryKind> = new Set(['note', 'call', 'meeting', 'message']);

export interface NewHistoryEntry {
  clientId: string;
  kind: HistoryKind;
  authorId: string | null;
  text?: string | null;
  data?: Record<string, unknown>;
  occurredAt?: Date;
}

/** The client's timeline. Other modules (calls, orders, documents) add their entries through `record`. */
@Injectable()
export class ClientHistoryService {
  constructor(
    @InjectRepository(HistoryEntryRecord) private readonly entries: Repository<HistoryEntryRecord>,
  ) {}

  /** Adds an entry; pass the caller's `manager` to make it part of the caller's transaction. */
  async record(entry: NewHistoryEntry, manager: EntityManager = this.entries.manager): Promise<HistoryEntry> {
    const occurredAt = entry.occurredAt ?? new Date();
    const saved = await manager.save(HistoryEntryRecord, {
      client: { id: entry.clientId },
      kind: entry.kind,
      occurredAt,
      author: entry.authorId ? { id: entry.authorId } : null,
      text: entry.text ?? null,
      data: entry.data ?? {},
    });
    if (CONTACT_KINDS.has(entry.kind)) {
      await manager
        .createQueryBuilder()
        .update(Client)
        .set({ lastContactAt: () => 'GREATEST(last_contact_at, :occurredAt)', updatedAt: () => 'updated_at' })
        .where('id = :id', { id: entry.clientId })
        .setParameter('occurredAt', occurredAt)
        .execute();
    }
    const withAuthor = await manager.findOneOrFail(HistoryEntryRecord, {
      where: { id: saved.id },
      relations: { author: true },
    });
    return toHistoryEntry(withAuthor, entry.clientId);
  }

  /** The latest contacts with the client (calls, notes, meetings, messages), newest first: the pop shows them. */
  async lastContacts(clientId: string, limit: number): Promise<HistoryEntry[]> {
    const records = await this.entries.find({
      where: { client: { id: clientId }, kind: In([...CONTACT_KINDS]) },
      relations: { author: true },
      order: { occurredAt: 'DESC' },
      take: limit,
    });
    return records.map((record) => toHistoryEntry(record, clientId));
  }

  /** Newest first. */
  async list(clientId: string, query: ListHistoryQuery): Promise<Page<HistoryEntry>> {
    const [records, total] = await this.entries.findAndCount({
      where: { client: { id: clientId }, ...(query.kind ? { kind: query.kind } : {}) },
      relations: { author: true },
      order: { occurredAt: 'DESC', createdAt: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      items: records.map((record) => toHistoryEntry(record, clientId)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Moves every entry of one client to another (merge). */
  async move(fromClientId: string, toClientId: string, manager: EntityManager): Promise<void> {
    await manager.update(
      HistoryEntryRecord,
      { client: { id: fromClientId } },
      { client: { id: toClientId } },
    );
  }
}
