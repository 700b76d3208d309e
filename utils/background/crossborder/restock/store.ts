import { z } from 'zod';
import { storageItem } from '../../store/storage';
import { withoutDisconnectedAmounts } from '../links/order-links';

/**
 * 사입 restock purchases: one record per 1688 purchase bought for stock, linked to the product links
 * (Coupang options) it restocks — never to a Coupang order. Ids, quantities, the rate used and the
 * seller's received mark; the 1688 amounts copied in go when that member is disconnected.
 */
const restockPurchaseSchema = z.lazy(() =>
  z.object({
    /** The purchase.create key (its outbox target). */
    idempotencyKey: z.string(),
    alibabaAccountKey: z.string(),
    alibabaOrderId: z.string().optional(),
    lines: z.array(
      z.object({
        vendorItemId: z.string(),
        offerId: z.string(),
        specId: z.string().optional(),
        items: z.number().int(),
        quantity: z.number().int(),
      }),
    ),
    krwPerCny: z.number().optional(),
    goodsFen: z.number().int().optional(),
    freightFen: z.number().int().optional(),
    /** The seller said the goods reached their warehouse. */
    receivedAt: z.number().optional(),
    createdAt: z.number(),
  }),
);
export type RestockPurchase = z.infer<typeof restockPurchaseSchema>;

const purchases = storageItem<RestockPurchase[]>('restockPurchases');
const MAX_PURCHASES = 1000;

export async function loadRestockPurchases(): Promise<RestockPurchase[]> {
  const raw = await purchases.get();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const p = restockPurchaseSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** Adds a purchase unless one with its key is already there (a repeated confirmation writes nothing). */
export async function addRestockPurchase(p: RestockPurchase): Promise<void> {
  const list = await loadRestockPurchases();
  if (list.some((x) => x.idempotencyKey === p.idempotencyKey)) return;
  await purchases.set([p, ...list].slice(0, MAX_PURCHASES));
}

export async function patchRestockPurchase(
  idempotencyKey: string,
  patch: (p: RestockPurchase) => RestockPurchase,
): Promise<boolean> {
  const list = await loadRestockPurchases();
  const i = list.findIndex((x) => x.idempotencyKey === idempotencyKey);
  const current = list[i];
  if (!current) return false;
  list[i] = patch(current);
  await purchases.set(list);
  return true;
}

/** Drops the 1688 amounts of members no longer connected (1688 §5.11.7); ids and marks stay. */
export async function pruneRestockAmounts(connected: ReadonlySet<string>): Promise<void> {
  const next = withoutDisconnectedAmounts(await loadRestockPurchases(), connected);
  if (next) await purchases.set(next);
}
