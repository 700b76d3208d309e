/**
 * A previewed set of 구매대행 purchases, kept (a declared cache kind, no PII: the forwarder address
 * stays in each purchase draft) between the preview and the seller's confirmation. One group per
 * 1688 supplier: each becomes one 1688 purchase order.
 */
export interface PlanShare {
  orderKey: string;
  /** The Coupang line and the 1688 cargo it became. */
  lineId: string;
  offerId: string;
  specId?: string;
  quantity: number;
  /** This line's part of the group's goods and freight, fen. */
  goodsFen: number;
  freightFen: number;
}

/** One supplier's priced purchase: what the preview answered, waiting for the confirmation. */
export interface PricedGroup {
  supplierName: string;
  previewToken: string;
  goodsFen: number;
  freightFen: number;
  totalFen: number;
  orderable: boolean;
}

export interface PlanGroup extends PricedGroup {
  /** The 1688 supplier's member id (absent in plans kept from before it was recorded). */
  supplierId?: string;
  shares: PlanShare[];
}

export interface PurchasePlan {
  alibabaAccountKey: string;
  krwPerCny: number;
  groups: PlanGroup[];
}
