/** Public surface of the Coupang client library (background service worker only). */

export type {
  CancelOrderInput,
  InvoiceInput,
  ListOrdersheetsParams,
  OrdersheetPage,
  WalkOrdersheetsParams,
} from '../orders/endpoints';
export { invoiceForOrder } from '../orders/endpoints';
export { mapOrdersheet, type OrderMapContext, shipByOf, workStateOf } from '../orders/mapping';
export { ORDER_STATUSES, type OrderStatus } from '../orders/schemas';
export { type BatchItemResult, type BatchResult, NO_RESULT } from './batch';
export { type CoupangClient, type CoupangClientOptions, createCoupangClient, type VerifyResult } from './client';
export {
  COURIERS,
  type Courier,
  checkTrackingNumber,
  courierByCode,
  findCourier,
  normalizeTrackingNumber,
  type TrackingCheck,
} from './couriers';
export { CoupangApiError, type CoupangErrorKind, type ErrorParams, isCoupangApiError } from './errors';
export { addDays, kstDate, parseCoupangDateTime, toKstIso } from './kst';
export type { WalkCheckpoint, WalkPage } from './paging';
export { createCoupangQueue, ROCKET_GROWTH_LANE } from './queue';
export type { CoupangCredentials } from './transport';
export { type DateWindow, splitDateRange } from './windows';
