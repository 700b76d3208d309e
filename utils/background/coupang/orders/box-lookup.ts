import type { DomainOrder } from '../../../domain/order';
import type { CoupangClient } from '../api';
import { addDays, daysBetween, kstDate } from '../api/kst';
import { MAX_ORDERSHEET_DAYS } from './endpoints';
import type { OrderStatus } from './schemas';

/** Reconciliation reads share the vendor's rate budget (the same queue); the seller's own clicks go first. */
const LOOKUP = { priority: 'normal' as const };
/** Pages of one status window read before the remaining boxes are read one by one. */
const MAX_LIST_PAGES = 4;

export interface BoxLookup {
  found: Map<string, DomainOrder>;
  /** Marketplace calls this lookup made (list pages + single reads). */
  reads: number;
}

/**
 * Reads the current state of many shipment boxes cheaply: a write that was applied moved its box
 * to the first of `statuses` (INSTRUCT after an acknowledgement, DEPARTURE after an invoice), one
 * not applied left it in the next (ACCEPT, INSTRUCT), so one list read per status over the boxes'
 * order dates finds them all at once (coupang-api.md §4.4: a window of ≤ 31 days, 50 per page).
 * Boxes met in neither (moved on, not cached) are read one by one, and a single box is read
 * directly. Failed reads leave a box out: its verdict is unknown.
 */
export async function lookUpBoxes(
  orders: Pick<CoupangClient['orders'], 'list' | 'getByShipmentBoxId'>,
  boxes: Array<{ shipmentBoxId: string; orderedAt?: string }>,
  statuses: readonly OrderStatus[],
): Promise<BoxLookup> {
  const found = new Map<string, DomainOrder>();
  let reads = 0;
  const wanted = new Set(boxes.map((b) => b.shipmentBoxId));
  const dated = boxes.flatMap((b) => {
    const at = b.orderedAt ? Date.parse(b.orderedAt) : Number.NaN;
    return Number.isNaN(at) ? [] : [kstDate(at)];
  });
  if (wanted.size > 1 && dated.length) {
    dated.sort();
    // A day either side: the list filters on the gateway's own timestamp of the order.
    const from = addDays(dated[0]!, -1);
    const to = addDays(dated[dated.length - 1]!, 1);
    if (daysBetween(from, to) < MAX_ORDERSHEET_DAYS) {
      for (const status of statuses) {
        if (found.size === wanted.size) break;
        try {
          let nextToken: string | undefined;
          for (let page = 0; page < MAX_LIST_PAGES; page++) {
            reads++;
            const res = await orders.list(
              { status, createdAtFrom: from, createdAtTo: to, ...(nextToken ? { nextToken } : {}) },
              LOOKUP,
            );
            for (const o of res.orders) if (wanted.has(o.shipmentId)) found.set(o.shipmentId, o);
            nextToken = res.nextToken;
            if (!nextToken || found.size === wanted.size) break;
          }
        } catch {
          // The single reads below still settle what they can.
        }
      }
    }
  }
  for (const id of wanted) {
    if (found.has(id)) continue;
    try {
      reads++;
      found.set(id, await orders.getByShipmentBoxId(id, LOOKUP));
    } catch {
      // Left out: unknown this time, looked at again later.
    }
  }
  return { found, reads };
}
