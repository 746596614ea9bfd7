import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Debtor, DebtorsPage } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { today } from '../../core/dates/iso-date';
import { formatMoney } from '../../core/money/money';
import { DEBTORS_SQL } from './debtors.sql';

interface DebtorRow {
  client_id: string;
  displayName: string;
  phoneNumber: string | null;
  phoneE164: string | null;
  debt: string;
  overdue: string;
  orders: number;
  lastPaymentMinor: string | null;
  lastPaymentAt: Date | null;
  total: number;
  totalDebt: string;
  totalOverdue: string;
  totalOrders: number;
}

/** Clients who owe money in the shop's currency: the supervisors' list and its spreadsheet. */
@Injectable()
export class DebtorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(page: number, pageSize: number): Promise<DebtorsPage> {
    const rows = await this.rows(pageSize, (page - 1) * pageSize);
    const first = rows[0];
    return {
      items: rows.map((row) => this.debtor(row)),
      total: first?.total ?? 0,
      page,
      pageSize,
      totals: {
        debt: formatMoney(Number(first?.totalDebt ?? 0)),
        overdue: formatMoney(Number(first?.totalOverdue ?? 0)),
        orders: first?.totalOrders ?? 0,
        currency: this.config.orders.currency,
      },
    };
  }

  /** Every debtor in the list's order. */
  async all(): Promise<Debtor[]> {
    return (await this.rows(null, 0)).map((row) => this.debtor(row));
  }

  private rows(limit: number | null, offset: number): Promise<DebtorRow[]> {
    return this.db.query(DEBTORS_SQL, [this.config.orders.currency, today(), limit, offset]);
  }

  private debtor(row: DebtorRow): Debtor {
    return {
      client: { id: row.client_id, displayName: row.displayName },
      phone: row.phoneNumber && row.phoneE164 ? { number: row.phoneNumber, e164: row.phoneE164 } : null,
      debt: formatMoney(Number(row.debt)),
      overdue: formatMoney(Number(row.overdue)),
      currency: this.config.orders.currency,
      orders: row.orders,
      lastPayment:
        row.lastPaymentMinor !== null && row.lastPaymentAt
          ? { amount: formatMoney(Number(row.lastPaymentMinor)), paidAt: row.lastPaymentAt.toISOString() }
          : null,
    };
  }
}
