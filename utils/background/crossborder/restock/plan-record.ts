import type { PricedGroup } from '../flow/plan-record';

/**
 * A previewed set of 사입 restock purchases, kept (declared cache kind `crossborder.restockPlan`,
 * no PII: the address stays in each purchase draft) between the preview and the seller's
 * confirmation. One group per 1688 supplier: each becomes one 1688 purchase order.
 */
export interface RestockPlanLine {
  vendorItemId: string;
  offerId: string;
  specId?: string;
  /** Coupang units restocked. */
  items: number;
  /** 1688 units bought (items × units per item). */
  quantity: number;
}

export interface RestockPlanGroup extends PricedGroup {
  lines: RestockPlanLine[];
}

export interface RestockPlan {
  alibabaAccountKey: string;
  krwPerCny: number;
  groups: RestockPlanGroup[];
}
