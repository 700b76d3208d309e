import type { ShippingSheetRow } from '@/utils/protocol/messages/order-sheets';
import { dateInZone, formatTimeHM } from '@/utils/ui/format';

/**
 * The shipping sheet (발주서) as an .xlsx, one row per box (one courier label), with the column
 * names Korean label software and Wing's own 발주서 use, so they map without setup; the headers stay
 * Korean in every UI language for that reason. 묶음배송번호 / 택배사 / 운송장번호 are also the invoice import's headers: the seller fills
 * in the tracking numbers and imports the same file back.
 *
 * Ids and phone numbers are text cells (format "@"): as numbers Excel would show 6.42539E+17 and
 * keep only 15 digits of an 18-digit shipmentBoxId, and drop a phone number's leading 0.
 */
type Column = { header: string; width: number; value: (r: ShippingSheetRow) => string | number | undefined };

const COLUMNS: readonly Column[] = [
  { header: '묶음배송번호', width: 21, value: (r) => r.shipmentId },
  { header: '주문번호', width: 18, value: (r) => r.orderId },
  // The marketplace's own wall-clock time (KST for Coupang), as it is written in the order.
  { header: '주문일시', width: 17, value: (r) => r.orderedAt.slice(0, 16).replace('T', ' ') },
  { header: '수취인이름', width: 10, value: (r) => r.recipientName },
  { header: '수취인전화번호', width: 15, value: (r) => r.phone },
  { header: '우편번호', width: 8, value: (r) => r.postcode },
  { header: '수취인 주소', width: 45, value: (r) => r.address },
  { header: '배송메세지', width: 24, value: (r) => r.memo },
  { header: '상품·옵션·수량', width: 45, value: (r) => r.items },
  { header: '옵션ID', width: 14, value: (r) => r.itemIds },
  { header: '수량', width: 6, value: (r) => r.quantity },
  { header: '택배사', width: 12, value: (r) => r.courierName },
  { header: '운송장번호', width: 16, value: (r) => r.trackingNumber },
];

export function shippingSheetData(rows: readonly ShippingSheetRow[]) {
  const header = COLUMNS.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((r) =>
    COLUMNS.map((c) => {
      const v = c.value(r);
      if (typeof v === 'number') return { value: v, type: Number };
      return { value: v ?? '', type: String, format: '@' };
    }),
  );
  return [header, ...body];
}

/** `발주서_20261204_0930.xlsx`, in Korean time whatever the computer's zone. */
export function shippingSheetFilename(now: number): string {
  const day = dateInZone(now, 'KST').replace(/-/g, '');
  const hm = formatTimeHM(now, 'KST').replace(':', '');
  return `발주서_${day}_${hm}.xlsx`;
}

export async function shippingSheetBlob(rows: readonly ShippingSheetRow[]): Promise<Blob> {
  // Loaded when a sheet is made, not with the side panel (its first rows should not wait on it).
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  return writeExcelFile(shippingSheetData(rows), {
    sheet: '발주서',
    columns: COLUMNS.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  }).toBlob();
}
