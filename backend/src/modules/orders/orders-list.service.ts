import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FunnelColumn, OrderSummary, Page } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { formatMoney, parseMoney } from '../../core/money/money';
import { SqlParams, escapeLike } from '../../core/database/sql-params';
import { ListOrdersQuery } from './dto/list-orders.query';
import { OrderStageTotal } from './order-stage-total.entity';
import { OrderStagesService } from './order-stages.service';

interface SummaryRow {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  managerId: string | null;
  managerName: string | null;
  stageId: string;
  currency: OrderSummary['currency'];
  total: string;
  debt: string;
  createdAt: Date;
}

const toSummary = (row: SummaryRow): OrderSummary => ({
  id: row.id,
  number: row.number,
  client: { id: row.clientId, displayName: row.clientName },
  manager: row.managerId ? { id: row.managerId, displayName: row.managerName ?? '' } : null,
  stageId: row.stageId,
  currency: row.currency,
  total: formatMoney(Number(row.total)),
  debt: formatMoney(Number(row.debt)),
  createdAt: row.createdAt.toISOString(),
});

/** Lists of orders with filters, and the funnel: counts and sums by stage. */
@Injectable()
export class OrdersListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stages: OrderStagesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: ListOrdersQuery): Promise<Page<OrderSummary>> {
    const params = new SqlParams();
    const where = await this.where(query, params);
    const rows = (await this.db.query(
      `SELECT o.id, o.number, c.id AS "clientId", c.display_name AS "clientName", u.id AS "managerId",
              u.display_name AS "managerName", o.stage_id AS "stageId", o.currency, o.total,
              CASE WHEN s.lost THEN 0 ELSE greatest(o.total - o.paid, 0) END AS debt, o.created_at AS "createdAt"
         FROM orders o JOIN clients c ON c.id = o.client_id JOIN order_stages s ON s.id = o.stage_id
         LEFT JOIN users u ON u.id = o.manager_id
        WHERE ${where}
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT ${params.add(query.pageSize)} OFFSET ${params.add((query.page - 1) * query.pageSize)}`,
      params.values,
    )) as SummaryRow[];
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM orders o JOIN clients c ON c.id = o.client_id WHERE ${where}`,
      params.values.slice(0, -2),
    )) as { total: number }[];
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Every stage with how many orders sit in it and their sum, from the totals the triggers keep; the sum
   * is reported in the reporting currency, as the finance figures are.
   */
  async funnel(): Promise<FunnelColumn[]> {
    const totals = await this.db.manager.find(OrderStageTotal);
    const byStage = new Map(totals.map((row) => [row.stageId, row]));
    return (await this.stages.list()).map((stage) => ({
      stage,
      count: byStage.get(stage.id)?.orders ?? 0,
      total: formatMoney(byStage.get(stage.id)?.total ?? 0),
      currency: this.config.orders.currency,
    }));
  }

  private async where(query: ListOrdersQuery, params: SqlParams): Promise<string> {
    const conditions = ['true'];
    if (query.stage)
      conditions.push(`o.stage_id = ${params.add((await this.stages.resolve(query.stage)).id)}`);
    if (query.managerId) conditions.push(`o.manager_id = ${params.add(query.managerId)}`);
    if (query.clientId) conditions.push(`o.client_id = ${params.add(query.clientId)}`);
    if (query.from) conditions.push(`o.created_at >= ${params.add(query.from)}::date`);
    if (query.to) conditions.push(`o.created_at < ${params.add(query.to)}::date + 1`);
    if (query.minTotal) conditions.push(`o.total >= ${params.add(parseMoney(query.minTotal))}`);
    if (query.maxTotal) conditions.push(`o.total <= ${params.add(parseMoney(query.maxTotal))}`);
    if (query.q) {
      const pattern = params.add(`%${escapeLike(query.q)}%`);
      conditions.push(`(o.number ILIKE ${pattern} OR c.display_name ILIKE ${pattern})`);
    }
    return conditions.join(' AND ');
  }
}
