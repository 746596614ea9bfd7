import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client as ClientView, CreateClientRequest, PopClient } from '@switchboard/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { preparedQuery } from '../../core/database/prepared-query';
import { ValidationFailedError, CodedFieldError } from '../../core/http/domain-error';
import { UsersService } from '../users/users.service';
import {
  CLIENT_CARD_BY_PHONE_SQL,
  CLIENT_CARD_SQL,
  CLIENT_ID_BY_PHONE_SQL,
  POP_CLIENT_BY_PHONE_SQL,
} from './client-card.sql';
import { ClientState, applyEdit, asRequest, toClientState } from './client-state';
import { changedFields } from './client-changes';
import { Client } from './client.entity';
import { insertClient, replaceClient } from './client.writer';
import { ClientNotDeletedError, ClientNotFoundError } from './clients.errors';
import { CustomFieldsService } from './custom-fields/custom-fields.service';
import { UpdateClientDto } from './dto/update-client.dto';
import { ClientHistoryService } from './history/client-history.service';
import { toE164 } from './phone-number';

type CardRow = { card: ClientView };

/** Creating, reading, editing, deleting and restoring clients; every change lands in the history. */
@Injectable()
export class ClientsService {
  private readonly popLookups = new Map<string, Promise<PopClient | null>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customFields: CustomFieldsService,
    private readonly history: ClientHistoryService,
    private readonly users: UsersService,
  ) {}

  async create(request: CreateClientRequest, actorId: string | null): Promise<ClientView> {
    const state = await this.check(request);
    return this.db.transaction(async (manager) => {
      const id = await insertClient(manager, state, actorId);
      await this.history.record({ clientId: id, kind: 'created', authorId: actorId }, manager);
      return this.load(id, manager);
    });
  }

  get(id: string): Promise<ClientView> {
    return this.load(id, this.db.manager);
  }

  async update(id: string, edit: UpdateClientDto, actorId: string | null): Promise<ClientView> {
    return this.db.transaction(async (manager) => {
      const before = await this.load(id, manager, { lock: true, withDeleted: false });
      const state = await this.check(applyEdit(asRequest(before), edit));
      await replaceClient(manager, id, state, actorId);
      const after = await this.load(id, manager);
      await this.recordChanges(before, after, actorId, manager);
      return after;
    });
  }

  async remove(id: string, actorId: string | null): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.load(id, manager, { lock: true, withDeleted: false });
      await manager.update(
        Client,
        { id },
        { deletedAt: new Date(), updatedBy: actorId ? { id: actorId } : null },
      );
      await this.history.record({ clientId: id, kind: 'deleted', authorId: actorId }, manager);
    });
  }

  async restore(id: string, actorId: string | null): Promise<ClientView> {
    return this.db.transaction(async (manager) => {
      const client = await this.load(id, manager, { lock: true, withDeleted: true });
      if (!client.deletedAt) throw new ClientNotDeletedError(id);
      await manager.update(Client, { id }, { deletedAt: null });
      await this.history.record({ clientId: id, kind: 'restored', authorId: actorId }, manager);
      return this.load(id, manager);
    });
  }

  /** The screen-pop look-up: one index probe on the normalized number. */
  async findByPhone(number: string): Promise<ClientView> {
    const e164 = toE164(number, this.config.defaultPhoneRegion);
    if (!e164)
      throw new ValidationFailedError([
        { field: 'number', code: 'INVALID_FORMAT', reason: 'is not a valid phone number' },
      ]);
    const [row] = await preparedQuery<CardRow>(this.db, 'client-card-by-phone', CLIENT_CARD_BY_PHONE_SQL, [
      e164,
    ]);
    if (!row) throw new ClientNotFoundError(`has the number ${e164}`);
    return row.card;
  }

  /** The E.164 form of a number as dialled or as the PBX reports it; null when it is no phone number. */
  normalizePhone(number: string): string | null {
    return toE164(number, this.config.defaultPhoneRegion);
  }

  /**
   * The caller as the screen-pop shows them, by E.164 number; null for an unknown number. Look-ups of one
   * number at the same moment (the wallboard's and the pop's for a caller who joins a queue) share one query.
   */
  popClient(e164: string): Promise<PopClient | null> {
    let lookup = this.popLookups.get(e164);
    if (!lookup) {
      lookup = preparedQuery<{ client: PopClient }>(this.db, 'pop-client-by-phone', POP_CLIENT_BY_PHONE_SQL, [
        e164,
      ])
        .then(([row]) => row?.client ?? null)
        .finally(() => this.popLookups.delete(e164));
      this.popLookups.set(e164, lookup);
    }
    return lookup;
  }

  /** The id of the client a number (E.164) belongs to, for linking a call; null for an unknown number. */
  async idByPhone(e164: string): Promise<string | null> {
    const [row] = await preparedQuery<{ id: string }>(this.db, 'client-id-by-phone', CLIENT_ID_BY_PHONE_SQL, [
      e164,
    ]);
    return row?.id ?? null;
  }

  /** Up to `limit` stored numbers (E.164) taken at random, the demo PBX's callers. */
  async samplePhones(limit: number): Promise<string[]> {
    type Row = { e164: string };
    const sampled = (await this.db.query('SELECT e164 FROM client_phones TABLESAMPLE SYSTEM (10) LIMIT $1', [
      limit,
    ])) as Row[];
    // A sample of a few pages can miss every row of a small table.
    const rows =
      sampled.length > 0
        ? sampled
        : ((await this.db.query('SELECT e164 FROM client_phones LIMIT $1', [limit])) as Row[]);
    return rows.map((row) => row.e164);
  }

  /** The client's manager, who gets their missed calls to return. */
  async managerOf(clientId: string): Promise<string | null> {
    const [row] = (await this.db.query('SELECT manager_id FROM clients WHERE id = $1', [clientId])) as {
      manager_id: string | null;
    }[];
    return row?.manager_id ?? null;
  }

  /** Normalizes and checks a whole client against the custom fields and users; 400 on any problem. */
  async check(request: CreateClientRequest): Promise<ClientState> {
    const context = { region: this.config.defaultPhoneRegion, customFields: await this.customFields.list() };
    const { state, errors } = toClientState(request, context);
    errors.push(...(await this.managerErrors(state.managerId)));
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return state;
  }

  /** A card, also of a client in the bin (the card shows it), unless `withDeleted` is false. */
  async load(
    id: string,
    manager: EntityManager,
    options: { lock?: boolean; withDeleted?: boolean } = {},
  ): Promise<ClientView> {
    if (options.lock) {
      await manager.query('SELECT 1 FROM clients WHERE id = $1 FOR UPDATE', [id]);
    }
    const [row] = (await manager.query(CLIENT_CARD_SQL, [id])) as CardRow[];
    if (!row || (row.card.deletedAt && options.withDeleted === false)) throw new ClientNotFoundError(id);
    return row.card;
  }

  private async managerErrors(managerId: string | null): Promise<CodedFieldError[]> {
    if (!managerId) return [];
    return (await this.users.isActive(managerId))
      ? []
      : [{ field: 'managerId', code: 'NOT_FOUND', reason: 'is not an active user' }];
  }

  private async recordChanges(
    before: ClientView,
    after: ClientView,
    actorId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    const fields = changedFields(before, after);
    if (fields.length === 0) return;
    if (before.status !== after.status) {
      const data = { from: before.status, to: after.status };
      await this.history.record(
        { clientId: after.id, kind: 'status-change', authorId: actorId, data },
        manager,
      );
    }
    await this.history.record(
      { clientId: after.id, kind: 'updated', authorId: actorId, data: { fields } },
      manager,
    );
  }
}
