import type { Money } from '../../../domain/money';

/** Input of order preview and creation (docs/1688-api.md §4.7). One supplier per order. */
export interface PurchaseAddress {
  fullName: string;
  mobile: string;
  /** Digits only. */
  phone?: string;
  postCode?: string;
  provinceText: string;
  cityText: string;
  areaText: string;
  townText?: string;
  /** Street address, ≤ 200 characters. */
  address: string;
  districtCode?: string;
  addressId?: string;
}

export interface PurchaseCargo {
  offerId: string;
  specId?: string;
  quantity: number;
}

export type PurchaseFlow = 'general' | 'fenxiao' | 'saleproxy';

export interface PurchaseInput {
  address: PurchaseAddress;
  cargo: PurchaseCargo[];
  /** Preview: empty lets 1688 pick the best flow. Creation: defaults to `general`. */
  flow?: PurchaseFlow;
}

export interface PurchaseCreateInput extends PurchaseInput {
  /** Note to the supplier, ≤ 500 characters. */
  message?: string;
  /** One of the preview's `tradeModes[].tradeType`. */
  tradeType?: string;
  shopPromotionId?: string;
}

export interface PreviewLine {
  offerId?: string;
  specId?: string;
  skuId?: string;
  amount?: Money;
  unitPrice?: Money;
  /** False when 1688 flagged the line (`resultCode` other than success). */
  ok: boolean;
  resultCode?: string;
  /** 1688's text about the line (Chinese), for display. */
  message?: string;
}

export interface PreviewTradeMode {
  tradeType?: string;
  name: string;
}

/** One order 1688 would create (a preview can be split into several). */
export interface PreviewOrder {
  lines: PreviewLine[];
  goods: Money;
  shipping: Money;
  discount: Money;
  total: Money;
  /** Empty: the order cannot be placed through the API. */
  tradeModes: PreviewTradeMode[];
}

export type PreviewWarningCode =
  | 'notOrderableViaApi'
  | 'lineRejected'
  | 'shippingByNegotiation'
  | 'consignment'
  | 'crossBorderPayUnsupported'
  | 'splitIntoSeveralOrders';

export interface PreviewWarning {
  code: PreviewWarningCode;
  offerId?: string;
}

export interface PurchasePreview {
  orders: PreviewOrder[];
  goods: Money;
  shipping: Money;
  discount: Money;
  total: Money;
  orderable: boolean;
  warnings: PreviewWarning[];
}

export interface CreatedPurchaseOrder {
  orderId: string;
  totalAmount: Money;
  shippingFee?: Money;
  /** Lines 1688 left out of the order (stock, MOQ…); the order exists without them. */
  failedOffers: { offerId?: string; specId?: string; errorCode?: string }[];
}
