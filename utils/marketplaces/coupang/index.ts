/** Public surface of the Coupang client library (background service worker only). */
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
export type {
  CancelOrderInput,
  InvoiceInput,
  ListOrdersheetsParams,
  OrdersheetPage,
  WalkOrdersheetsParams,
} from './endpoints/orders';
export { invoiceForOrder } from './endpoints/orders';
export { CoupangApiError, type CoupangErrorKind, type ErrorParams, isCoupangApiError } from './errors';
export { addDays, kstDate, parseCoupangDateTime, toKstIso } from './kst';
export { mapOrdersheet, type OrderMapContext, shipByOf, workStateOf } from './mapping/order';
export type { WalkCheckpoint, WalkPage } from './paging';
export { createCoupangQueue, ROCKET_GROWTH_LANE } from './queue';
export { ORDER_STATUSES, type OrderStatus } from './schemas/ordersheets';
export type { CoupangCredentials } from './transport';
export { type DateWindow, splitDateRange } from './windows';
