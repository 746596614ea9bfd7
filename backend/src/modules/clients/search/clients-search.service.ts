import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClientFilter, ClientSortField, ClientSummary, Page } from '@switchboard/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { ListClientsQuery } from '../dto/list-clients.query';
import { FilterContext, clientFilterSql, searchesByName } from './client-filter.sql';
import { clientOrderSql, filterPageSql, searchPageSql } from './client-summary.sql';
import { SqlParams } from '../../../core/database/sql-params';

const FUZZY_NAME_THRESHOLD = 0.5;

type CountedRow = ClientSummary & { total: number };

type PageRequest = ClientFilter & {
  sort: ClientSortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

/** The registry: filtered, sorted and paged lists of clients, and the same filter for export. */
@Injectable()
export class ClientsSearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customFields: CustomFieldsService,
  ) {}

  /** A page of matches; a name that matches no fragment is searched again with typo tolerance. */
  async list(query: ListClientsQuery): Promise<Page<ClientSummary>> {
    const context = await this.context();
    let page = await this.page(query, context);
    if (page.total === 0 && searchesByName(query, context.region)) {
      page = await this.page(query, { ...context, fuzzyNames: true });
    }
    return page;
  }

  /** Every match of a filter in registry order, a batch at a time (export). */
  async *summaries(filter: ClientFilter, batchSize = 1000): AsyncGenerator<ClientSummary[]> {
    const context = await this.context();
    for (let page = 1; ; page++) {
      const request = { ...filter, sort: 'displayName', order: 'asc', page, pageSize: batchSize } as const;
      const { items } = await this.page(request, context, false);
      if (items.length > 0) yield items;
      if (items.length < batchSize) return;
    }
  }

  private async page(query: PageRequest, context: FilterContext, count = true): Promise<Page<ClientSummary>> {
    const params = new SqlParams();
    const where = clientFilterSql(query, context, params);
    const order = clientOrderSql(query.sort, query.order);
    const slice = `LIMIT ${params.add(query.pageSize)} OFFSET ${params.add((query.page - 1) * query.pageSize)}`;
    const searching = query.q !== undefined;
    const page = { page: query.page, pageSize: query.pageSize };
    return this.withSimilarityThreshold(context, async (manager) => {
      if (searching) {
        const rows = (await manager.query(
          searchPageSql(where, query.sort, query.order, slice),
          params.values,
        )) as CountedRow[];
        const total =
          rows[0]?.total ?? (count && query.page > 1 ? await this.count(manager, where, params) : 0);
        return { ...page, items: rows.map(({ total: _total, ...item }) => item), total };
      }
      const items = (await manager.query(
        filterPageSql(where, order, slice),
        params.values,
      )) as ClientSummary[];
      return { ...page, items, total: count ? await this.count(manager, where, params) : 0 };
    });
  }

  private async count(manager: EntityManager, where: string, params: SqlParams): Promise<number> {
    const sql = `SELECT count(*)::int AS total FROM clients c WHERE ${where}`;
    const [row] = (await manager.query(sql, params.values.slice(0, -2))) as { total: number }[];
    return row.total;
  }

  /**
   * pg_trgm's default word similarity (0.6) misses one-letter typos in short names ("Шевчнко" scores
   * 0.55 against "Шевченко"); the fuzzy fallback lowers it for its own transaction only.
   */
  private withSimilarityThreshold<T>(context: FilterContext, work: (manager: EntityManager) => Promise<T>) {
    if (!context.fuzzyNames) return work(this.db.manager);
    return this.db.transaction(async (manager) => {
      await manager.query(`SET LOCAL pg_trgm.word_similarity_threshold = ${FUZZY_NAME_THRESHOLD}`);
      return work(manager);
    });
  }

  private async context(): Promise<FilterContext> {
    return {
      region: this.config.defaultPhoneRegion,
      customFields: await this.customFields.list(),
      today: new Date(),
    };
  }
}
