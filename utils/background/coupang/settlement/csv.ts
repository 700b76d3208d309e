import type { BackgroundMessageKey as MessageKey } from '../../../i18n/background';
import type { RevenueLine } from './mapping';

/**
 * The seller's revenue lines as CSV: one row per item, the order's shipping fee columns on its
 * first row, so every money column sums to the period's totals. Only what a revenue line holds —
 * order and product ids, dates, amounts — so no customer name, phone or address can appear.
 * The byte-order mark Excel needs to read UTF-8 Korean is added where the file is written.
 */
export const CSV_COLUMNS = [
  'money.csv.recognitionDate',
  'money.csv.orderId',
  'money.csv.saleType',
  'money.csv.saleDate',
  'money.csv.settlementDate',
  'money.csv.vendorItemId',
  'money.csv.productName',
  'money.csv.quantity',
  'money.col.sale',
  'money.col.serviceFee',
  'money.col.feeVat',
  'money.col.shippingFee',
  'money.col.shippingCommission',
  'money.col.sellerDiscount',
  'money.col.settlement',
] as const satisfies readonly MessageKey[];

/** Quotes when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function revenueCsv(lines: readonly RevenueLine[], header: readonly string[], typeLabel: (t: string) => string) {
  const rows: string[] = [header.map(csvCell).join(',')];
  for (const l of lines) {
    const items = l.items.length ? l.items : [undefined];
    items.forEach((i, n) => {
      const d = n === 0 ? l.delivery : { amount: 0, fee: 0, feeVat: 0, settlement: 0 };
      rows.push(
        [
          l.recognitionDate,
          l.orderId,
          typeLabel(l.saleType),
          l.saleDate,
          l.settlementDate,
          i?.vendorItemId,
          i?.productName,
          i?.quantity ?? 0,
          i?.sale ?? 0,
          i?.serviceFee ?? 0,
          (i?.serviceFeeVat ?? 0) + d.feeVat,
          d.amount,
          d.fee,
          i?.sellerDiscount ?? 0,
          (i?.settlement ?? 0) + d.settlement,
        ]
          .map(csvCell)
          .join(','),
      );
    });
  }
  return `${rows.join('\r\n')}\r\n`;
}
