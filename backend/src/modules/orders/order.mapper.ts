import { Currency, Order, OrderItem, UserRef } from '@switchboard/contracts';
import { formatMoney, formatScaled } from '../../core/money/money';
import { BonusOrder } from '../bonuses/bonus-ledger.service';
import { toStageView } from './order-stage.mapper';
import { OrderItemRecord } from './order-item.entity';
import { OrderRecord } from './order.entity';

const userRef = (user: UserRef | null): UserRef | null =>
  user ? { id: user.id, displayName: user.displayName } : null;

const toItemView = (item: OrderItemRecord): OrderItem => ({
  id: item.id,
  productId: item.product?.id ?? null,
  name: item.name,
  quantity: formatScaled(item.quantityMilli, 3),
  unit: item.unit,
  price: formatMoney(item.priceMinor),
  discountPercent: item.discountBasisPoints === null ? null : formatScaled(item.discountBasisPoints, 2),
  discountAmount:
    item.discountBasisPoints === null && item.discountMinor > 0 ? formatMoney(item.discountMinor) : null,
  vatRate: item.vatRate,
  total: formatMoney(item.totalMinor),
  vat: formatMoney(item.vatMinor),
});

/** The part of the schedule due before `today` that payments have not covered. */
export function overdueMinor(order: OrderRecord, today: string): number {
  const due = order.schedule
    .filter((row) => row.dueDate < today)
    .reduce((sum, row) => sum + row.amountMinor, 0);
  return Math.max(0, due - order.paid);
}

/** An order locked for a payment, as the payments and bonuses modules see it. */
export interface LockedOrder extends BonusOrder {
  number: string;
  currency: Currency;
  paid: number;
  stage: { name: string; lost: boolean };
}

export function toLockedOrder(order: OrderRecord): LockedOrder {
  return {
    id: order.id,
    number: order.number,
    currency: order.currency,
    clientId: order.client.id,
    total: order.total,
    paid: order.paid,
    stage: { name: order.stage.name, lost: order.stage.lost },
    lines: order.items.map(({ category, totalMinor }) => ({ category, totalMinor })),
  };
}

/** An order loaded with its client, manager, stage, items and schedule. */
export function toOrderView(order: OrderRecord, today: string): Order {
  const debt = order.stage.lost ? 0 : Math.max(0, order.total - order.paid);
  return {
    id: order.id,
    number: order.number,
    client: { id: order.client.id, displayName: order.client.displayName },
    manager: userRef(order.manager),
    stage: order.stage.key,
    stageInfo: toStageView(order.stage),
    currency: order.currency,
    items: [...order.items].sort((a, b) => a.position - b.position).map(toItemView),
    subtotal: formatMoney(order.subtotal),
    discount: formatMoney(order.discount),
    vat: formatMoney(order.vat),
    total: formatMoney(order.total),
    paid: formatMoney(order.paid),
    debt: formatMoney(debt),
    overdue: formatMoney(order.stage.lost ? 0 : Math.min(debt, overdueMinor(order, today))),
    deliveryMethod: order.deliveryMethod,
    deliveryAddress: order.deliveryAddress,
    notes: order.notes,
    conditions: order.conditions,
    schedule: [...order.schedule]
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .map((row) => ({ id: row.id, dueDate: row.dueDate, amount: formatMoney(row.amountMinor) })),
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}
