/** A step of the sales funnel; admins configure the list. */
export interface OrderStage {
  id: string;
  /** Stable machine name (`inquiry`, `paid`); the defaults are seeded. */
  key: string;
  name: string;
  position: number;
  /** CSS colour of the stage's column, `#rrggbb`. */
  color: string;
  /** The order is won (counted as a sale) in this stage. */
  won: boolean;
  /** The order is lost (cancelled, returned) in this stage: it owes nothing. */
  lost: boolean;
  /** What to do next, shown on orders in this stage ("send the invoice"). */
  nextStep: string | null;
}

export interface SaveOrderStageRequest {
  key: string;
  name: string;
  position?: number;
  color?: string;
  won?: boolean;
  lost?: boolean;
  nextStep?: string | null;
}
