import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BonusAccount, BonusEntry } from '@switchboard/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { ValidationFailedError } from '../../core/http/domain-error';
import { formatMoney, parseMoney } from '../../core/money/money';
import { BonusRules, CategoryAmount, accrualMinor, redemptionLimitMinor } from './bonus-accrual';
import { BonusEntryRecord } from './bonus-entry.entity';
import { BonusRuleRecord } from './bonus-rule.entity';

const DAY_MS = 86_400_000;

const toEntry = (entry: BonusEntryRecord): BonusEntry => ({
  id: entry.id,
  kind: entry.kind,
  amount: formatMoney(entry.amountMinor),
  orderId: entry.order?.id ?? null,
  reason: entry.reason,
  author: entry.author ? { id: entry.author.id, displayName: entry.author.displayName } : null,
  createdAt: entry.createdAt.toISOString(),
  expiresAt: entry.expiresAt?.toISOString() ?? null,
});

/** What the ledger needs of an order; the orders module hands it over, so no order entity leaves it. */
export interface BonusOrder {
  id: string;
  clientId: string;
  total: number;
  lines: CategoryAmount[];
}

/**
 * Bonus accounts as a ledger: a balance is always the sum of a client's entries, never a stored number.
 * Changes of one client's balance serialize on a transaction-scoped advisory lock.
 */
@Injectable()
export class BonusLedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async balanceMinor(clientId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [{ balance }] = (await manager.query(
      'SELECT coalesce(sum(amount_minor), 0)::bigint AS balance FROM bonus_entries WHERE client_id = $1',
      [clientId],
    )) as { balance: string }[];
    return Number(balance);
  }

  async account(clientId: string): Promise<BonusAccount> {
    const entries = await this.db.manager.find(BonusEntryRecord, {
      where: { client: { id: clientId } },
      relations: { order: true, author: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return {
      balance: formatMoney(await this.balanceMinor(clientId)),
      currency: this.config.orders.currency,
      entries: entries.map(toEntry),
    };
  }

  /** A manual correction with its reason and author; the balance may not go below zero. */
  async adjust(
    clientId: string,
    amount: string | number,
    reason: string,
    actorId: string,
  ): Promise<BonusEntry> {
    const amountMinor = parseMoney(amount);
    if (amountMinor === null || amountMinor === 0) {
      throw new ValidationFailedError([
        { field: 'amount', reason: 'must be a non-zero amount like 100.00 or -50.00' },
      ]);
    }
    return this.db.transaction(async (manager) => {
      await this.lockAccount(clientId, manager);
      const balance = await this.balanceMinor(clientId, manager);
      if (balance + amountMinor < 0) {
        throw new ValidationFailedError([
          { field: 'amount', reason: `would take the balance of ${formatMoney(balance)} below zero` },
        ]);
      }
      const entry = await manager.save(BonusEntryRecord, {
        client: { id: clientId },
        kind: 'adjustment',
        amountMinor,
        reason: reason.trim(),
        author: { id: actorId },
      });
      return toEntry(
        await manager.findOneOrFail(BonusEntryRecord, {
          where: { id: entry.id },
          relations: { author: true },
        }),
      );
    });
  }

  /** Pays `amountMinor` of a locked order with bonuses, within the balance and the categories' limits. */
  async redeem(
    order: BonusOrder,
    amountMinor: number,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await this.lockAccount(order.clientId, manager);
    const balance = await this.balanceMinor(order.clientId, manager);
    const limit =
      redemptionLimitMinor(order.lines, await this.rules(manager)) -
      (await this.redeemedOn(order.id, manager));
    const problem =
      amountMinor > balance
        ? `exceeds the bonus balance of ${formatMoney(balance)}`
        : amountMinor > limit
          ? `exceeds what this order may take in bonuses: ${formatMoney(Math.max(0, limit))}`
          : null;
    if (problem) throw new ValidationFailedError([{ field: 'amount', reason: problem }]);
    await manager.insert(BonusEntryRecord, {
      client: { id: order.clientId },
      order: { id: order.id },
      kind: 'redemption',
      amountMinor: -amountMinor,
      author: { id: actorId },
    });
  }

  /** Credits the bonuses of a fully paid order, once: the partial unique index refuses a second accrual. */
  async accrue(order: BonusOrder, manager: EntityManager): Promise<void> {
    const paidWithMoney = order.total - (await this.redeemedOn(order.id, manager));
    const amountMinor = accrualMinor(order.lines, await this.rules(manager), paidWithMoney, order.total);
    if (amountMinor <= 0) return;
    await manager.query(
      `INSERT INTO bonus_entries (client_id, order_id, kind, amount_minor, expires_at)
       VALUES ($1, $2, 'accrual', $3, $4)
       ON CONFLICT (order_id) WHERE kind = 'accrual' DO NOTHING`,
      [
        order.clientId,
        order.id,
        amountMinor,
        new Date(Date.now() + this.config.orders.bonusExpiryDays * DAY_MS),
      ],
    );
  }

  /**
   * Takes back what a cancelled or returned order earned (what is left of it on the balance). Moving the
   * order back and forth never takes it twice: only the order's net accrual is reversed.
   */
  async reverseAccrual(
    order: BonusOrder,
    reason: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await this.lockAccount(order.clientId, manager);
    const [{ net }] = (await manager.query(
      `SELECT coalesce(sum(amount_minor), 0)::bigint AS net FROM bonus_entries
        WHERE order_id = $1 AND kind IN ('accrual', 'adjustment')`,
      [order.id],
    )) as { net: string }[];
    const amountMinor = Math.min(Number(net), await this.balanceMinor(order.clientId, manager));
    if (amountMinor <= 0) return;
    await manager.insert(BonusEntryRecord, {
      client: { id: order.clientId },
      order: { id: order.id },
      kind: 'adjustment',
      amountMinor: -amountMinor,
      reason,
      author: { id: actorId },
    });
  }

  /**
   * Expires accruals whose time has come: each takes back what is left of it on the balance (never
   * more than the balance), once; the expiry entry names the accrual it closes. Returns how many ran.
   */
  async expireDue(now: Date, batchSize = 500): Promise<number> {
    const due = (await this.db.query(
      `SELECT a.id, a.client_id AS "clientId", a.amount_minor AS amount FROM bonus_entries a
        WHERE a.kind = 'accrual' AND a.expires_at <= $1
          AND NOT EXISTS (SELECT 1 FROM bonus_entries e WHERE e.expired_entry_id = a.id)
        ORDER BY a.expires_at LIMIT $2`,
      [now, batchSize],
    )) as { id: string; clientId: string; amount: string }[];
    for (const accrual of due) {
      await this.db.transaction(async (manager) => {
        await this.lockAccount(accrual.clientId, manager);
        const amountMinor = Math.max(
          0,
          Math.min(Number(accrual.amount), await this.balanceMinor(accrual.clientId, manager)),
        );
        await manager.query(
          `INSERT INTO bonus_entries (client_id, kind, amount_minor, reason, expired_entry_id)
           SELECT $1, 'expiry', $2, 'Accrual expired', $3
            WHERE NOT EXISTS (SELECT 1 FROM bonus_entries WHERE expired_entry_id = $3)`,
          [accrual.clientId, -amountMinor, accrual.id],
        );
      });
    }
    return due.length;
  }

  private async rules(manager: EntityManager): Promise<BonusRules> {
    const rows = await manager.find(BonusRuleRecord);
    return new Map(rows.map((row) => [row.category, row]));
  }

  private async redeemedOn(orderId: string, manager: EntityManager): Promise<number> {
    const [{ redeemed }] = (await manager.query(
      `SELECT coalesce(-sum(amount_minor), 0)::bigint AS redeemed FROM bonus_entries WHERE order_id = $1 AND kind = 'redemption'`,
      [orderId],
    )) as { redeemed: string }[];
    return Number(redeemed);
  }

  private lockAccount(clientId: string, manager: EntityManager): Promise<unknown> {
    return manager.query(`SELECT pg_advisory_xact_lock(hashtext('bonus:' || $1))`, [clientId]);
  }
}
