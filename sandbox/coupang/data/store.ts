import type { VendorAccount } from '../vendors';
import type {
  CallCenterInquiry,
  CashbackRule,
  Contract,
  DownloadCoupon,
  DownloadTransaction,
  ExchangeRecord,
  FmsRequest,
  InstantCoupon,
  OnlineInquiry,
  OrderRecord,
  OutboundPlace,
  Product,
  ReturnCenter,
  ReturnReceipt,
  RgOrder,
  SettlementRecord,
  VendorItem,
} from './model';

/** Everything one seller account owns. */
export interface VendorData {
  idx: number;
  vendor: VendorAccount;
  products: Product[];
  /** Sorted by `orderedAt` (ties by insertion): list paging walks this array. */
  orders: OrderRecord[];
  /** The same orders by sequence number: ids encode the sequence, so lookups need no hash map. */
  bySeq: OrderRecord[];
  /** Sorted by `createdAt`. */
  receipts: ReturnReceipt[];
  exchanges: ExchangeRecord[];
  onlineInquiries: OnlineInquiry[];
  callCenterInquiries: CallCenterInquiry[];
  contracts: Contract[];
  instantCoupons: InstantCoupon[];
  downloadCoupons: DownloadCoupon[];
  cashback: CashbackRule[];
  outboundPlaces: OutboundPlace[];
  returnCenters: ReturnCenter[];
  rgOrders: RgOrder[];
  settlements: SettlementRecord[];
  autoCategoryAgreed: boolean;
  /** Next sequence numbers for ids minted at run time. */
  nextOrderSeq: number;
}

/**
 * 18-digit shipment box ids (reference §3.3). All are odd, so none is exactly representable as a
 * double: a client that parses them with `JSON.parse` always gets a different number back.
 */
const BOX_BASE = 642538970000000001n;
const BOX_VENDOR_STRIDE = 10n ** 15n;
const ORDER_BASE = 20_000_000_000_000;
const ORDER_VENDOR_STRIDE = 1_000_000_000_000;

/** Encodes vendor and sequence (plus noise in the last digits) so the id alone finds the box. */
export function shipmentBoxIdFor(vendorIdx: number, seq: number, jitter: number): bigint {
  return BOX_BASE + BigInt(vendorIdx) * BOX_VENDOR_STRIDE + BigInt(seq * 1000 + (jitter % 500) * 2);
}

export function orderIdFor(vendorIdx: number, seq: number, jitter: number): number {
  return ORDER_BASE + vendorIdx * ORDER_VENDOR_STRIDE + seq * 100 + (jitter % 100);
}

/** Ids that do not need to be big: receipts, inquiries, coupons … each from its own counter. */
export class Sequence {
  constructor(private next: number) {}
  take(): number {
    return this.next++;
  }
}

export class CoupangStore {
  vendors: VendorData[] = [];
  readonly items = new Map<number, VendorItem>();
  readonly products = new Map<number, Product>();
  readonly receipts = new Map<number, ReturnReceipt>();
  readonly receiptsByBox = new Map<bigint, ReturnReceipt[]>();
  readonly exchanges = new Map<number, ExchangeRecord>();
  readonly exchangeBoxes = new Map<bigint, ExchangeRecord>();
  readonly fmsRequests = new Map<string, FmsRequest>();
  readonly downloadTransactions = new Map<string, DownloadTransaction>();
  /** Invoice numbers in use, for the 6-month reuse rule: `${courier}:${number}` → box. */
  readonly invoiceOwners = new Map<string, OrderRecord>();

  readonly seq = {
    receipt: new Sequence(310_000_000),
    returnDelivery: new Sequence(20_234_047),
    exchange: new Sequence(101_268_974),
    onlineInquiry: new Sequence(39_352_000),
    inquiryComment: new Sequence(36_881_000),
    callCenter: new Sequence(1_015_660_000),
    answer: new Sequence(1_027_070_000),
    product: new Sequence(239_092_100),
    productId: new Sequence(8_100_000_000),
    sellerItem: new Sequence(1_271_845_000),
    vendorItem: new Sequence(3_242_596_000),
    coupon: new Sequence(2_246_300),
    couponItem: new Sequence(5_510_000),
    downloadCoupon: new Sequence(15_354_500),
    outbound: new Sequence(1_111_200),
    remoteInfo: new Sequence(581_400),
    returnCenter: new Sequence(1_000_557_000),
    rgOrder: new Sequence(700_000),
    request: new Sequence(1),
    exchangeBox: new Sequence(900_000_000),
  };

  vendorByIdx(idx: number): VendorData {
    return this.vendors[idx];
  }

  vendorById(vendorId: string): VendorData | undefined {
    return this.vendors.find((v) => v.vendor.vendorId === vendorId);
  }

  /** Adds an order; keeps the vendor's list sorted by `orderedAt`. */
  addOrder(order: OrderRecord): void {
    const vd = this.vendors[order.vendorIdx];
    const list = vd.orders;
    if (list.length === 0 || list[list.length - 1].orderedAt <= order.orderedAt) list.push(order);
    else list.splice(upperBound(list, order.orderedAt), 0, order);
    vd.bySeq[order.seq] = order;
  }

  /** The box with this id, decoded from the id itself (see `shipmentBoxIdFor`). */
  box(id: bigint): OrderRecord | undefined {
    const rel = id - BOX_BASE;
    if (rel < 0n) return undefined;
    const vd = this.vendors[Number(rel / BOX_VENDOR_STRIDE)];
    const order = vd?.bySeq[Number((rel % BOX_VENDOR_STRIDE) / 1000n)];
    return order?.shipmentBoxId === id ? order : undefined;
  }

  /** The boxes of an order (seeded and created orders have one box each). */
  boxesOfOrder(orderId: number): OrderRecord[] {
    const rel = orderId - ORDER_BASE;
    if (rel < 0) return [];
    const vd = this.vendors[Math.floor(rel / ORDER_VENDOR_STRIDE)];
    const order = vd?.bySeq[Math.floor((rel % ORDER_VENDOR_STRIDE) / 100)];
    return order?.orderId === orderId ? [order] : [];
  }

  addProduct(product: Product): void {
    this.vendors[product.vendorIdx].products.push(product);
    this.products.set(product.sellerProductId, product);
    for (const item of product.items) this.items.set(item.vendorItemId, item);
  }

  addReceipt(receipt: ReturnReceipt): void {
    const list = this.vendors[receipt.vendorIdx].receipts;
    if (list.length === 0 || list[list.length - 1].createdAt <= receipt.createdAt) list.push(receipt);
    else
      list.splice(
        list.findIndex((r) => r.createdAt > receipt.createdAt),
        0,
        receipt,
      );
    this.receipts.set(receipt.receiptId, receipt);
    const byBox = this.receiptsByBox.get(receipt.order.shipmentBoxId) ?? [];
    byBox.push(receipt);
    this.receiptsByBox.set(receipt.order.shipmentBoxId, byBox);
  }

  addExchange(exchange: ExchangeRecord): void {
    this.vendors[exchange.vendorIdx].exchanges.push(exchange);
    this.exchanges.set(exchange.exchangeId, exchange);
    this.exchangeBoxes.set(exchange.newShipmentBoxId, exchange);
  }
}

/** First index whose `orderedAt` is greater than `at`. */
export function upperBound(list: OrderRecord[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].orderedAt <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose `orderedAt` is at or after `at`. */
export function lowerBound(list: OrderRecord[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].orderedAt < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
