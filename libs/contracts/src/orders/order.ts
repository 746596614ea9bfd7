import { UserRef } from '../clients/client';
import { Currency, Money } from './money';
import { OrderStage, StageAutomation } from './stage';

export const DELIVERY_METHODS = ['pickup', 'courier', 'post', 'none'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export interface OrderItem {
  id: string;
  productId: string | null;
  name: string;
  /** Decimal string, up to three fraction digits (`"1.5"`). */
  quantity: string;
  unit: string;
  price: Money;
  discountPercent: string | null;
  discountAmount: Money | null;
  vatRate: number;
  /** quantity x price - discount, VAT included. */
  total: Money;
  vat: Money;
}

/** Terms agreed with this client for this order. */
export interface PersonalConditions {
  extraDiscountPercent?: string | null;
  gift?: string | null;
  bonus?: string | null;
}

export interface Installment {
  id: string;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  amount: Money;
}

export interface Order {
  id: string;
  /** Readable per-year number, `2026-000123`. */
  number: string;
  client: { id: string; displayName: string };
  manager: UserRef | null;
  /** Key of the stage the order is in (`inquiry`). */
  stage: string;
  stageInfo: OrderStage;
  currency: Currency;
  items: OrderItem[];
  subtotal: Money;
  discount: Money;
  vat: Money;
  total: Money;
  paid: Money;
  debt: Money;
  overdue: Money;
  deliveryMethod: DeliveryMethod | null;
  deliveryAddress: string | null;
  notes: string | null;
  conditions: PersonalConditions;
  schedule: Installment[];
  createdAt: string;
  updatedAt: string;
}

/** A row of lists and the kanban board. */
export interface OrderSummary {
  id: string;
  number: string;
  client: { id: string; displayName: string };
  manager: UserRef | null;
  stageId: string;
  currency: Currency;
  total: Money;
  debt: Money;
  createdAt: string;
}

export interface OrderItemInput {
  productId?: string | null;
  name?: string;
  quantity: string | number;
  price?: Money | number;
  unit?: string;
  discountPercent?: string | number | null;
  discountAmount?: Money | number | null;
  vatRate?: number;
}

export interface InstallmentInput {
  dueDate: string;
  amount: Money | number;
}

export interface CreateOrderRequest {
  clientId: string;
  items: OrderItemInput[];
  managerId?: string | null;
  /** Stage key; the first stage by default. */
  stage?: string;
  currency?: Currency;
  deliveryMethod?: DeliveryMethod | null;
  deliveryAddress?: string | null;
  notes?: string | null;
  conditions?: PersonalConditions;
  schedule?: InstallmentInput[];
}

export type UpdateOrderRequest = Partial<Omit<CreateOrderRequest, 'clientId' | 'stage'>>;

export interface MoveOrderRequest {
  /** Stage key or id. */
  stage: string;
  comment?: string | null;
}

export interface StageTransition {
  id: string;
  from: string | null;
  to: string;
  author: UserRef | null;
  at: string;
  comment: string | null;
  /** Set when the stage's automation made the move; `author` is then whoever's action triggered it. */
  automation: StageAutomation | null;
}

export interface OrderListQuery {
  stage?: string;
  managerId?: string;
  clientId?: string;
  /** Created on or after / on or before (`YYYY-MM-DD`). */
  from?: string;
  to?: string;
  minTotal?: string;
  maxTotal?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface FunnelColumn {
  stage: OrderStage;
  count: number;
  total: Money;
  /** The reporting currency the total is written in. */
  currency: Currency;
}
