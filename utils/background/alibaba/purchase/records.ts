import type { Money } from '../../../domain/money';
import type { PurchaseAddress, PurchaseCargo } from './preview';

/** The previewed input, address included: PII, so encrypted and kept for the PII TTL only. */
export interface PurchaseDraft {
  lines: PurchaseCargo[];
  address: PurchaseAddress;
  total: Money;
  orderable: boolean;
  tradeTypes: string[];
}

/** The created order's id and amount (no PII), for the result view. */
export interface PurchaseResult {
  orderId: string;
  total: Money;
  failedOffers: { offerId?: string; errorCode?: string }[];
}
