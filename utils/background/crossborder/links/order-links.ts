import { z } from 'zod';
import { storageItem } from '../../store/storage';

/**
 * Coupang order (shipment box) ↔ the 1688 purchases that fill its lines. One Coupang box often
 * holds products of several 1688 shops, and 1688 takes one purchase order per supplier: so a link
 * holds one entry per purchase, each naming which Coupang lines became which 1688 cargo lines, the
 * rate stored with that purchase and its 1688 amounts (fen, copied for profit). Those amounts are
 * 1688 data: disconnecting the 1688 member removes them (see prune). The forwarder ships the whole
 * box to Korea under one tracking number, so that stays per order.
 */
const cargoLineSchema = z.lazy(() =>
  z.object({
    lineId: z.string(),
    /** The 1688 offer (unknown for a purchase linked by hand to a line with no product link). */
    offerId: z.string().optional(),
    specId: z.string().optional(),
    quantity: z.number().int(),
  }),
);

const purchaseLinkObject = () =>
  z.object({
    alibabaAccountKey: z.string(),
    /** The purchase.create key when Crossdock created the purchase. */
    idempotencyKey: z.string().optional(),
    alibabaOrderId: z.string().optional(),
    /** The 1688 supplier's member id (an id, never its name: C16). */
    supplierId: z.string().optional(),
    /** The Coupang lines this purchase fills; empty: the whole order (a purchase linked by hand before lines were named). */
    lines: z.array(cargoLineSchema),
    /** Won per yuan at purchase time (the seller's calculator rate then). */
    krwPerCny: z.number().optional(),
    goodsFen: z.number().int().optional(),
    freightFen: z.number().int().optional(),
    /** The seller said this purchase's parcel reached the forwarder. */
    arrivedAt: z.number().optional(),
    createdAt: z.number(),
  });
const purchaseLinkSchema = z.lazy(purchaseLinkObject);
export type PurchaseLink = z.infer<typeof purchaseLinkSchema>;

const orderLinkObject = () =>
  z.object({
    orderKey: z.string(),
    purchases: z.array(purchaseLinkSchema),
    /** The forwarder's Korean tracking number, sent as the Coupang invoice (one box, one number). */
    forwarderTracking: z.object({ courierCode: z.string(), trackingNumber: z.string() }).optional(),
    createdAt: z.number(),
  });
const orderLinkSchema = z.lazy(orderLinkObject);
export type OrderLink = z.infer<typeof orderLinkSchema>;

/** The shape links had when one Coupang order had one 1688 purchase (read and converted, never written). */
const oneMemberLinkSchema = z.lazy(() =>
  purchaseLinkObject().extend({
    orderKey: z.string(),
    forwarderTracking: orderLinkObject().shape.forwarderTracking,
  }),
);

/** A stored record in either shape → the current one; undefined when it is neither. */
export function readOrderLink(raw: unknown): OrderLink | undefined {
  const now = orderLinkSchema.safeParse(raw);
  if (now.success) return now.data;
  const old = oneMemberLinkSchema.safeParse(raw);
  if (!old.success) return undefined;
  const { orderKey, forwarderTracking, ...purchase } = old.data;
  return {
    orderKey,
    purchases: [purchase],
    ...(forwarderTracking ? { forwarderTracking } : {}),
    createdAt: purchase.createdAt,
  };
}

/** A purchase's own handle in its link: the create key, or the 1688 order id of one linked by hand. */
export const purchaseRef = (p: Pick<PurchaseLink, 'idempotencyKey' | 'alibabaOrderId'>): string =>
  p.idempotencyKey ?? `order:${p.alibabaOrderId ?? ''}`;

/** Whether a purchase fills Coupang line `lineId` (one linked by hand with no lines fills them all). */
export const fillsLine = (p: Pick<PurchaseLink, 'lines'>, lineId: string): boolean =>
  p.lines.length === 0 || p.lines.some((l) => l.lineId === lineId);

const item = storageItem<unknown[]>('orderLinks');
const MAX_LINKS = 5000;

export async function loadOrderLinks(): Promise<OrderLink[]> {
  const raw = await item.get();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((l) => {
    const link = readOrderLink(l);
    return link ? [link] : [];
  });
}

export async function orderLinkOf(orderKey: string): Promise<OrderLink | undefined> {
  return (await loadOrderLinks()).find((l) => l.orderKey === orderKey);
}

/**
 * Adds a purchase to its order's link. A purchase made again for lines (the planner plans only
 * lines whose purchase failed or was closed) replaces the purchase those lines had; the same
 * purchase twice (a repeated confirmation) is written once.
 */
export function withPurchase(link: OrderLink | undefined, orderKey: string, p: PurchaseLink): OrderLink {
  const ref = purchaseRef(p);
  const base = link ?? { orderKey, purchases: [], createdAt: p.createdAt };
  if (base.purchases.some((x) => purchaseRef(x) === ref)) return base;
  const replaced = (x: PurchaseLink) =>
    p.lines.length === 0 ? x.lines.length === 0 : p.lines.some((l) => fillsLine(x, l.lineId));
  return { ...base, purchases: [...base.purchases.filter((x) => !replaced(x)), p] };
}

/** Writes purchases into their orders' links (a stopped worker in between loses nothing already written). */
export async function putPurchases(
  entries: ReadonlyArray<{ orderKey: string; purchase: PurchaseLink }>,
): Promise<void> {
  const list = await loadOrderLinks();
  const byKey = new Map(list.map((l) => [l.orderKey, l]));
  for (const { orderKey, purchase } of entries)
    byKey.set(orderKey, withPurchase(byKey.get(orderKey), orderKey, purchase));
  const changed = new Set(entries.map((e) => e.orderKey));
  const rest = list.filter((l) => !changed.has(l.orderKey));
  await item.set([...[...changed].map((k) => byKey.get(k)!), ...rest].slice(0, MAX_LINKS));
}

export async function patchOrderLink(orderKey: string, patch: (l: OrderLink) => OrderLink): Promise<boolean> {
  const list = await loadOrderLinks();
  const i = list.findIndex((l) => l.orderKey === orderKey);
  const current = list[i];
  if (!current) return false;
  list[i] = patch(current);
  await item.set(list);
  return true;
}

/** Patches every purchase (of any order) `match` picks; true when one did. */
export async function patchPurchases(
  match: (p: PurchaseLink, orderKey: string) => boolean,
  patch: (p: PurchaseLink) => PurchaseLink,
): Promise<boolean> {
  const list = await loadOrderLinks();
  let changed = false;
  const next = list.map((l) => ({
    ...l,
    purchases: l.purchases.map((p) => {
      if (!match(p, l.orderKey)) return p;
      changed = true;
      return patch(p);
    }),
  }));
  if (changed) await item.set(next);
  return changed;
}

export async function removeOrderLink(orderKey: string): Promise<void> {
  await item.set((await loadOrderLinks()).filter((l) => l.orderKey !== orderKey));
}

/**
 * Drops the 1688 amounts copied from members no longer connected (agreement 1688 §5.11.7: a
 * disconnect removes that member's data). Ids and the seller's own marks stay.
 */
export async function pruneDisconnected(connected: ReadonlySet<string>): Promise<void> {
  const list = await loadOrderLinks();
  let changed = false;
  const next = list.map((l) => {
    const purchases = withoutDisconnectedAmounts(l.purchases, connected);
    if (!purchases) return l;
    changed = true;
    return { ...l, purchases };
  });
  if (changed) await item.set(next);
}

/** The records with the 1688 amounts of disconnected members removed; undefined when none had any. */
export function withoutDisconnectedAmounts<
  T extends { alibabaAccountKey: string; goodsFen?: number | undefined; freightFen?: number | undefined },
>(list: readonly T[], connected: ReadonlySet<string>): T[] | undefined {
  let changed = false;
  const next = list.map((l) => {
    if (connected.has(l.alibabaAccountKey) || (l.goodsFen === undefined && l.freightFen === undefined)) return l;
    changed = true;
    const { goodsFen: _g, freightFen: _f, ...rest } = l;
    return rest as T;
  });
  return changed ? next : undefined;
}
