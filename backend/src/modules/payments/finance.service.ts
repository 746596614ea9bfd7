import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClientFinance, LocalizedText } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { preparedQuery } from '../../core/database/prepared-query';
import { formatMoney } from '../../core/money/money';
import { today } from '../../core/dates/iso-date';
import { CLIENT_FINANCE_SQL } from './client-finance.sql';
import { NEXT_DUE_SQL } from './next-due.sql';

interface FinanceRow {
  debt: string;
  overdue: string;
  bonus: string;
  openOrders: {
    id: string;
    number: string;
    stage: string;
    stageName: string;
    stageNameTranslations: LocalizedText;
    total: number;
    paid: number;
    debt: number;
    currency: string;
    createdAt: string;
  }[];
}

/** Debts, overdue amounts and bonus balances, for the client card and the screen-pop. */
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
        paid: formatMoney(order.paid),
        debt: formatMoney(order.debt),
        createdAt: new Date(order.createdAt).toISOString(),
      })),
    };
  }

  /** The date (YYYY-MM-DD) of the client's next scheduled payment not yet covered; null when none is due. */
  async nextDueDate(clientId: string): Promise<string | null> {
    const [row] = await preparedQuery<{ nextDue: string | null }>(this.db, 'client-next-due', NEXT_DUE_SQL, [
      clientId,
      today(),
    ]);
    return row?.nextDue ?? null;
  }
}
