import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClientFinance, Debtor, Page } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { preparedQuery } from '../../core/database/prepared-query';
import { formatMoney } from '../../core/money/money';
import { today } from '../../core/dates/iso-date';
import { CLIENT_FINANCE_SQL, DEBTORS_SQL } from './client-finance.sql';

interface FinanceRow {
  debt: string;
  overdue: string;
  bonus: string;
  openOrders: { id: string; number: string; stage: string; total: number; debt: number; currency: string }[];
}

interface DebtorRow {
  client_id: string;
  displayName: string;
  debt: string;
  overdue: string;
  orders: number;
  total: number;
}

/** Debts, overdue amounts and bonus balances, for the client card, the screen-pop and the debtors list. */
@Injectable()
export class FinanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async client(clientId: string): Promise<ClientFinance> {
    const currency = this.config.orders.currency;
    const [row] = await preparedQuery<FinanceRow>(this.db, 'client-finance', CLIENT_FINANCE_SQL, [
      clientId,
      currency,
      today(),
    ]);
    return {
      debt: { total: formatMoney(Number(row.debt)), overdue: formatMoney(Number(row.overdue)), currency },
      bonusBalance: formatMoney(Number(row.bonus)),
      openOrders: row.openOrders.map((order) => ({
        ...order,
        currency: order.currency as ClientFinance['debt']['currency'],
        total: formatMoney(order.total),
        debt: formatMoney(order.debt),
      })),
    };
  }

  async debtors(page: number, pageSize: number): Promise<Page<Debtor>> {
    const currency = this.config.orders.currency;
    const rows = (await this.db.query(DEBTORS_SQL, [
      currency,
      today(),
      pageSize,
      (page - 1) * pageSize,
    ])) as DebtorRow[];
    return {
      items: rows.map((row) => ({
        client: { id: row.client_id, displayName: row.displayName },
        debt: formatMoney(Number(row.debt)),
        overdue: formatMoney(Number(row.overdue)),
        currency,
        orders: row.orders,
      })),
      total: rows[0]?.total ?? 0,
      page,
      pageSize,
    };
  }
}
