/** Public surface of the Coupang client library (background service worker only). */

export type {
  CancelOrderInput,
  InvoiceInput,
  ListOrdersheetsParams,
  OrdersheetPage,
  WalkOrdersheetsParams,
} from '../orders/endpoints';
export { invoiceForOrder } from '../orders/endpoints';
export type { OrderMapContext } from '../orders/mapping';
export type { OrderStatus } from '../orders/schemas';
export { type BatchItemResult, type BatchResult, NO_RESULT } from './batch';
export { type CoupangClient, type CoupangClientOptions, createCoupangClient, type VerifyResult } from './client';
export type {
  Courier,
  TrackingCheck,
} from './couriers';
export { type CoupangErrorKind, type ErrorParams, isCoupangApiError } from './errors';
export { addDays, kstDate } from './kst';
export type { WalkCheckpoint, WalkPage } from './paging';
export { createCoupangQueue } from './queue';
export type { CoupangCredentials } from './transport';
export type { DateWindow } from './windows';
