import type { DomainOrder } from '../../../domain/order';
import { courierByCode } from '../api/couriers';
import { parseInvoiceImport } from './invoice-csv';

/**
 * Validates a pasted table or CSV of invoices against the cached orders, before anything is sent:
 * each problem is reported on its row; file-level problems (empty, missing column) as row 0.
 */
export function validateInvoiceImport(text: string, orders: DomainOrder[]) {
  const byBox = new Map(orders.map((o) => [o.shipmentId, o]));
  const result = parseInvoiceImport(text, {
    lookup: (id) => {
      const o = byBox.get(id);
      return o ? { status: o.marketStatus, orderId: o.orderId, vendorItemId: o.lines[0]?.itemId } : undefined;
    },
  });
  return {
    valid: result.rows.flatMap((r) => {
      const o = byBox.get(r.shipmentBoxId);
      if (!o) return [];
      const courier = courierByCode(r.courierCode);
      return [
        {
          row: r.row,
          key: o.key,
          shipmentBoxId: r.shipmentBoxId,
          courierCode: r.courierCode,
          courierName: courier?.nameKo ?? r.courierCode,
          trackingNumber: r.trackingNumber,
        },
      ];
    }),
    errors: [
      ...result.fileErrors.map((e) => ({ row: 0, code: e.code, params: e.params })),
      ...result.errors.map((e) => ({
        row: e.row,
        code: e.code,
        params: e.column ? { ...e.params, column: e.column } : e.params,
      })),
    ],
    totalRows: result.rows.length + new Set(result.errors.map((e) => e.row)).size,
  };
}
