import type { DomainOrder } from '../../../domain/order';

/** 1688 order statuses accepted by the list filters (§4.3). */
export type AlibabaOrderStatusFilter = 'success' | 'cancel' | 'waitbuyerpay' | 'waitsellersend' | 'waitbuyerreceive';

export interface OrderListQuery {
  /** From 1. */
  page?: number;
  /** ≤ 20 (the seller list's maximum). */
  pageSize?: number;
  /** Epoch ms windows; sent as `yyyyMMddHHmmssSSS+0800`. */
  createdFrom?: number;
  createdTo?: number;
  modifiedFrom?: number;
  modifiedTo?: number;
  status?: AlibabaOrderStatusFilter;
  refundStatus?: string;
  /** The other side's memberId (buyer for sales, seller for purchases). */
  counterpartyMemberId?: string;
  /** Query the history table (older orders). */
  history?: boolean;
  productName?: string;
}

export interface OrderPage {
  orders: DomainOrder[];
  totalRecord: number;
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export const MAX_PAGE_SIZE = 20;
