import { type ProductLink, type ProductLinkInput, productLinkSchema } from '../../../protocol/messages/crossborder';
import { storageItem } from '../../store/storage';

/** A seller's links stay a working list, not a catalogue copy. */
const MAX_LINKS = 2000;

/** Coupang option ↔ 1688 offer + SKU: ids and the seller's own numbers only (C16). */
const item = storageItem<ProductLink[]>('productLinks');

export async function loadProductLinks(): Promise<ProductLink[]> {
  const raw = await item.get();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((l) => {
    const p = productLinkSchema.safeParse(l);
    return p.success ? [p.data] : [];
  });
}

/** One link per Coupang option: linking it again replaces the old link. */
export async function setProductLink(
  input: ProductLinkInput,
  now: number,
): Promise<{ link: ProductLink; count: number }> {
  const list = await loadProductLinks();
  const old = list.find((l) => l.vendorItemId === input.vendorItemId);
  const link = productLinkSchema.parse({ ...input, createdAt: old?.createdAt ?? now, updatedAt: now });
  const next = [link, ...list.filter((l) => l.vendorItemId !== input.vendorItemId)].slice(0, MAX_LINKS);
  await item.set(next);
  return { link, count: next.length };
}

export async function removeProductLink(vendorItemId: string): Promise<boolean> {
  const list = await loadProductLinks();
  const next = list.filter((l) => l.vendorItemId !== vendorItemId);
  if (next.length === list.length) return false;
  await item.set(next);
  return true;
}
