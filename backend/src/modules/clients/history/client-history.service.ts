import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { HistoryEntry, HistoryKind, Page } from '@switchboard/contracts';
import { EntityManager, Repository } from 'typeorm';
import { preparedQuery } from '../../../core/database/prepared-query';
import { Client } from '../client.entity';
import { ListHistoryQuery } from './dto/list-history.query';
import { HistoryEntryRecord } from './history-entry.entity';
import { toHistoryEntry } from './history.mapper';

/** $1 client, $2 kind, $3 when, $4 author, $5 text, $6 data, $7 whether it counts as a contact. */
const APPEND_SQL = `
  WITH added AS (
    INSERT INTO client_history (client_id, kind, occurred_at, author_id, text, data)
    VALUES ($1, $2, $3, $4, $5, $6) RETURNING client_id, occurred_at)
  UPDATE clients c SET last_contact_at = GREATEST(c.last_contact_at, added.occurred_at)
    FROM added WHERE $7 AND c.id = added.client_id`;

/** $1 client, $2 kinds, $3 how many. */
const LAST_CONTACTS_SQL = `
  SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, kind, text
    FROM client_history WHERE client_id = $1 AND kind = ANY($2) ORDER BY occurred_at DESC LIMIT $3`;

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

  /**
   * Adds an entry without reading it back, in one statement that also moves the client's last contact:
   * for entries written on a hot path (every call's end).
   */
  async append(entry: NewHistoryEntry): Promise<void> {
    await preparedQuery(this.entries.manager.connection, 'client-history-append', APPEND_SQL, [
      entry.clientId,
      entry.kind,
      entry.occurredAt ?? new Date(),
      entry.authorId,
      entry.text ?? null,
      entry.data ?? {},
      CONTACT_KINDS.has(entry.kind),
    ]);
  }

  /** The latest contacts with the client (calls, notes, meetings, messages), newest first: the pop shows them. */
  async lastContacts(
    clientId: string,
    limit: number,
  ): Promise<{ at: string; kind: HistoryKind; text: string | null }[]> {
    return preparedQuery(this.entries.manager.connection, 'client-last-contacts', LAST_CONTACTS_SQL, [
      clientId,
      [...CONTACT_KINDS],
      limit,
    ]);
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
