import { z } from 'zod';
import { storageItem } from '../../store/storage';

/**
 * Coupang order (shipment box) ↔ the 1688 purchase that fills it: ids, which Coupang line became
 * which 1688 cargo line, the rate stored with the purchase, and the 1688 amounts (fen) copied for
 * profit. Those amounts are 1688 data: disconnecting the 1688 member removes them (see prune).
 */
const orderLinkSchema = z.object({
  orderKey: z.string(),
  alibabaAccountKey: z.string(),
  /** The purchase.create key when Crossdock created the purchase. */
  idempotencyKey: z.string().optional(),
  alibabaOrderId: z.string().optional(),
  lines: z.array(
    z.object({ lineId: z.string(), offerId: z.string(), specId: z.string().optional(), quantity: z.number().int() }),
  ),
  /** Won per yuan at purchase time (the seller's calculator rate then). */
  krwPerCny: z.number().optional(),
  goodsFen: z.number().int().optional(),
  freightFen: z.number().int().optional(),
  /** The seller said the goods reached the forwarder. */
  arrivedAt: z.number().optional(),
  /** The forwarder's Korean tracking number, sent as the Coupang invoice. */
  forwarderTracking: z.object({ courierCode: z.string(), trackingNumber: z.string() }).optional(),
  createdAt: z.number(),
});
export type OrderLink = z.infer<typeof orderLinkSchema>;

const item = storageItem<OrderLink[]>('orderLinks');
const MAX_LINKS = 5000;

export async function loadOrderLinks(): Promise<OrderLink[]> {
  const raw = await item.get();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((l) => {
    const p = orderLinkSchema.safeParse(l);
    return p.success ? [p.data] : [];
  });
}

export async function orderLinkOf(orderKey: string): Promise<OrderLink | undefined> {
  return (await loadOrderLinks()).find((l) => l.orderKey === orderKey);
}

/** Writes links (one per Coupang order: a new purchase for an order replaces its failed one). */
export async function putOrderLinks(links: OrderLink[]): Promise<void> {
  const keys = new Set(links.map((l) => l.orderKey));
  const rest = (await loadOrderLinks()).filter((l) => !keys.has(l.orderKey));
  await item.set([...links, ...rest].slice(0, MAX_LINKS));
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

export async function removeOrderLink(orderKey: string): Promise<void> {
  await item.set((await loadOrderLinks()).filter((l) => l.orderKey !== orderKey));
}

/**
 * Drops the 1688 amounts copied from members no longer connected (agreement 1688 §5.11.7: a
 * disconnect removes that member's data). Ids and the seller's own marks stay.
 */
export async function pruneDisconnected(connected: ReadonlySet<string>): Promise<void> {
  const next = withoutDisconnectedAmounts(await loadOrderLinks(), connected);
  if (next) await item.set(next);
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
