import type { Rng } from '../../core/rng';
import type { TransitSettings } from '../orders/state';
import { DAY_MS } from '../time';
import type { OrderRecord, OrderStatus, VendorItem } from './model';
import { type CoupangStore, orderIdFor, shipmentBoxIdFor, type VendorData } from './store';

/** Seeded orders span this much business time before "now". */
export const SEED_SPAN_MS = 20 * DAY_MS;
const HOUR = 3600_000;

const COURIERS = ['CJGLS', 'CJGLS', 'CJGLS', 'HANJIN', 'HYUNDAI', 'KGB', 'EPOST'];

const sixDigits = (rng: Rng) => String(rng.int(0, 999_999)).padStart(6, '0');

/** An invoice number the courier's format check accepts. */
export function invoiceFor(courier: string, rng: Rng): string {
  if (courier === 'EPOST') return `6${rng.int(100_000, 999_999)}${sixDigits(rng)}`;
  if (courier === 'KGB') return `${rng.int(10_000, 99_999)}${sixDigits(rng)}`;
  return `${rng.int(100_000, 999_999)}${sixDigits(rng)}`;
}

const between = (rng: Rng, lo: number, hi: number) => lo + rng.next() * Math.max(0, hi - lo);

function ship(o: OrderRecord, direct: boolean, lo: number, hi: number, rng: Rng): void {
  o.shippedAt = Math.floor(between(rng, lo, hi));
  o.ackAt = Math.floor(between(rng, o.orderedAt, o.shippedAt));
  o.courier = direct ? 'DIRECT' : rng.pick(COURIERS);
  o.invoiceNumber = direct ? String(rng.int(1_000_000_000, 1_999_999_999)) : invoiceFor(o.courier, rng);
}

const quantity = (rng: Rng) => (rng.chance(0.8) ? 1 : rng.chance(0.75) ? 2 : 3);

/** What the seed wants an order of this age to look like (mostly settled once older). */
function targetStatus(ageMs: number, rng: Rng): OrderStatus {
  const r = rng.next();
  if (ageMs < 4 * HOUR) return r < 0.8 ? 'ACCEPT' : 'INSTRUCT';
  if (ageMs < DAY_MS) return r < 0.4 ? 'ACCEPT' : r < 0.75 ? 'INSTRUCT' : 'DEPARTURE';
  if (ageMs < 3 * DAY_MS)
    return r < 0.05
      ? 'ACCEPT'
      : r < 0.25
        ? 'INSTRUCT'
        : r < 0.45
          ? 'DEPARTURE'
          : r < 0.7
            ? 'DELIVERING'
            : 'FINAL_DELIVERY';
  return r < 0.02
    ? 'INSTRUCT'
    : r < 0.05
      ? 'DEPARTURE'
      : r < 0.13
        ? 'DELIVERING'
        : r < 0.15
          ? 'NONE_TRACKING'
          : 'FINAL_DELIVERY';
}

/**
 * Sets ackAt/shippedAt so that, under the current transit settings, the derived status is the
 * target (or the closest earlier status the order's age allows).
 */
function placeInTime(o: OrderRecord, target: OrderStatus, now: number, s: TransitSettings, rng: Rng): void {
  const a = s.coupangDepartureToDeliveringMs;
  const b = s.coupangDeliveringToFinalMs;
  let status = target;
  if (status === 'FINAL_DELIVERY' && o.orderedAt + 2 * HOUR > now - a - b) status = 'DELIVERING';
  if (status === 'DELIVERING' && o.orderedAt + HOUR > now - a) status = 'DEPARTURE';
  if (status === 'ACCEPT') return;
  switch (status) {
    case 'INSTRUCT':
      o.ackAt = Math.floor(between(rng, o.orderedAt, Math.min(now, o.orderedAt + 12 * HOUR)));
      break;
    case 'DEPARTURE':
      ship(o, false, Math.max(o.orderedAt + 60_000, now - a + 60_000), now - 1000, rng);
      break;
    case 'DELIVERING':
      ship(o, false, Math.max(o.orderedAt + HOUR, now - a - b + 60_000), now - a - 60_000, rng);
      break;
    case 'FINAL_DELIVERY':
      ship(o, false, o.orderedAt + 2 * HOUR, Math.min(o.orderedAt + 48 * HOUR, now - a - b - 60_000), rng);
      break;
    case 'NONE_TRACKING':
      ship(o, true, o.orderedAt + HOUR, Math.min(now, o.orderedAt + 48 * HOUR), rng);
      break;
  }
}

export function orderableItems(vd: VendorData): VendorItem[] {
  return vd.products.filter((p) => p.status === 'APPROVED' && !p.rocketGrowth).flatMap((p) => p.items);
}

export function newOrderRecord(
  vd: VendorData,
  seq: number,
  orderedAt: number,
  rng: Rng,
  items: VendorItem[],
): OrderRecord {
  const item0 = rng.pick(items);
  const second = items.length > 1 && rng.chance(0.12) ? rng.pick(items) : null;
  const item1 = second && second !== item0 ? second : null;
  const subtotal = item0.salePrice + (item1 ? item1.salePrice : 0);
  return {
    vendorIdx: vd.idx,
    seq,
    shipmentBoxId: shipmentBoxIdFor(vd.idx, seq, rng.int(0, 499)),
    orderId: orderIdFor(vd.idx, seq, rng.int(0, 99)),
    orderedAt,
    seed: rng.int(1, 0x7fffffff),
    item0,
    qty0: quantity(rng),
    item1,
    qty1: item1 ? quantity(rng) : 0,
    shippingPrice: subtotal >= 30000 ? 0 : 3000,
    remoteArea: rng.chance(0.02),
    ackAt: 0,
    shippedAt: 0,
    deliveredOverrideAt: 0,
    courier: '',
    invoiceNumber: '',
    canceledMask: 0,
    holdMask: 0,
    returnedComplete: false,
    patch: null,
  };
}

/**
 * `count` orders over the last 20 days, generated already sorted by time (denser towards now,
 * as real order flow looks when a seller checks recent days). The newest is always ACCEPT so a
 * fresh sandbox has something to acknowledge.
 */
export function seedOrders(
  store: CoupangStore,
  vd: VendorData,
  count: number,
  rng: Rng,
  now: number,
  settings: TransitSettings,
): void {
  const items = orderableItems(vd);
  for (let i = 0; i < count; i++) {
    const t = (i + rng.next()) / count;
    const ageMs = SEED_SPAN_MS * (1 - t) ** 1.8;
    const orderedAt = Math.floor(now - ageMs) - 60_000;
    const order = newOrderRecord(vd, i, orderedAt, rng, items);
    const target = i === count - 1 ? 'ACCEPT' : targetStatus(ageMs, rng);
    placeInTime(order, target, now, settings, rng);
    store.addOrder(order);
  }
  vd.nextOrderSeq = count;
}
