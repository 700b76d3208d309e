import type { RgStockRow } from '../../../protocol/messages/catalog';

/** Rocket Growth stock as cached (declared kind `coupang.rgStock`) and the reorder arithmetic. */

export interface RgStockItem {
  vendorItemId: string;
  sku?: string;
  name?: string;
  stock: number;
  sales30: number;
}

export interface RgStockRecord {
  fetchedAt: number;
  /** Calls the walk made (inventory and order pages). */
  calls: number;
  items: RgStockItem[];
}

/**
 * Days the stock lasts at the last 30 days' pace: stock ÷ (sales30 ÷ 30), one decimal. Undefined
 * when nothing sold in 30 days (the stock does not run down).
 */
export function daysOfCover(stock: number, sales30: number): number | undefined {
  if (sales30 <= 0) return undefined;
  return Math.round(((Math.max(0, stock) * 30) / sales30) * 10) / 10;
}

/** Reorder when the stock covers fewer days than the seller's threshold (items that sell only). */
export function needsReorder(stock: number, sales30: number, reorderDays: number): boolean {
  const days = daysOfCover(stock, sales30);
  return days !== undefined && days < reorderDays;
}

/** Rows for the view: items to reorder first, fewest days of cover first, then the rest by option id. */
export function stockRows(items: RgStockItem[], reorderDays: number): RgStockRow[] {
  const rows = items.map((i): RgStockRow => {
    const days = daysOfCover(i.stock, i.sales30);
    return {
      vendorItemId: i.vendorItemId,
      ...(i.sku ? { sku: i.sku } : {}),
      ...(i.name ? { name: i.name } : {}),
      stock: i.stock,
      sales30: i.sales30,
      ...(days === undefined ? {} : { daysOfCover: days }),
      reorder: needsReorder(i.stock, i.sales30, reorderDays),
    };
  });
  const cover = (r: RgStockRow) => r.daysOfCover ?? Number.POSITIVE_INFINITY;
  return rows.sort(
    (a, b) =>
      Number(b.reorder) - Number(a.reorder) ||
      cover(a) - cover(b) ||
      a.vendorItemId.length - b.vendorItemId.length ||
      (a.vendorItemId < b.vendorItemId ? -1 : 1),
  );
}
