import { type PendingDraft, pendingDraftSchema } from '../../../protocol/messages/crossborder';
import { storageItem } from '../../store/storage';
import { setProductLink } from './product-links';

/** A seller's drafts in review stay few; the oldest go first. */
const MAX_PENDING = 200;
/** Drafts looked up per order sync (each costs one or two calls through the vendor's queue). */
const CHECKS_PER_SYNC = 20;

/** Per Coupang account: drafts made from 1688 offers whose options get their vendorItemIds at approval. */
const item = storageItem<PendingDraft[]>('draftLinks');

async function load(accountKey: string): Promise<PendingDraft[]> {
  const raw = await item.get(accountKey);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((d) => {
    const p = pendingDraftSchema.safeParse(d);
    return p.success ? [p.data] : [];
  });
}

export async function addPendingDraft(accountKey: string, draft: PendingDraft): Promise<void> {
  const skus = new Set(draft.options.map((o) => o.sellerSku));
  const rest = (await load(accountKey)).filter((d) => !d.options.some((o) => skus.has(o.sellerSku)));
  await item.set([draft, ...rest].slice(0, MAX_PENDING), accountKey);
}

/**
 * Coupang approved a product: each of its options that a pending draft names by seller SKU is
 * linked to the draft's offer, SKU, units and mode; the draft stops waiting. Answers how many links
 * were saved.
 */
export async function linkApproved(
  accountKey: string,
  items: ReadonlyArray<{ sellerSku: string; vendorItemId: string }>,
  now: number,
): Promise<number> {
  const pending = await load(accountKey);
  const bySku = new Map(items.map((i) => [i.sellerSku, i.vendorItemId]));
  let linked = 0;
  const waiting: PendingDraft[] = [];
  for (const draft of pending) {
    const ready = draft.options.filter((o) => bySku.has(o.sellerSku));
    if (!ready.length) {
      waiting.push(draft);
      continue;
    }
    for (const o of ready) {
      await setProductLink(
        {
          vendorItemId: bySku.get(o.sellerSku)!,
          offerId: draft.offerId,
          ...(o.specId ? { specId: o.specId } : {}),
          unitsPerItem: o.unitsPerItem,
          mode: draft.mode,
        },
        now,
      );
      linked++;
    }
  }
  if (waiting.length !== pending.length) await item.set(waiting, accountKey);
  return linked;
}

/** Approved options of the product holding a seller SKU (none while in review, denied or not found). */
export type ApprovedOptions = (
  sellerSku: string,
) => Promise<ReadonlyArray<{ sellerSku: string; vendorItemId: string }>>;

/**
 * After each order sync (a side read): the drafts still waiting are looked up, a few per sync, the
 * newest first; an approved product's options are linked as `linkApproved` does. So a product
 * Coupang approved while the side panel was closed is linked without the seller opening it.
 * Answers how many links were saved.
 */
export async function settlePendingDrafts(accountKey: string, approved: ApprovedOptions, now: number): Promise<number> {
  const pending = (await load(accountKey)).slice(0, CHECKS_PER_SYNC);
  let linked = 0;
  for (const draft of pending) {
    const sku = draft.options[0]?.sellerSku;
    if (!sku) continue;
    const items = await approved(sku);
    if (items.length) linked += await linkApproved(accountKey, items, now);
  }
  return linked;
}
