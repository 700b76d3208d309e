import { parseTable, type SourceRow } from '../../csv/table';
import { checkTrackingNumber, findCourier } from '../api/couriers';

/**
 * Bulk invoice import for Coupang: a CSV file or a pasted table with the columns shipmentBoxId,
 * courier, tracking number (header optional). Everything is validated before anything is sent,
 * and each problem is reported on its row with a machine code + params for the UI to translate.
 */

export type InvoiceColumn = 'shipmentBoxId' | 'courier' | 'trackingNumber';
const COLUMNS: readonly InvoiceColumn[] = ['shipmentBoxId', 'courier', 'trackingNumber'];

export type InvoiceRowErrorCode =
  | 'MISSING_VALUE' // an empty cell
  | 'SCIENTIFIC_NOTATION' // Excel turned a long number into 6.42539E+17: format the column as text
  | 'INVALID_SHIPMENT_BOX_ID' // not 6–20 digits
  | 'ID_PRECISION_LOST' // an 18-digit id whose last digits Excel replaced with zeros
  | 'UNKNOWN_COURIER'
  | 'INVALID_TRACKING_NUMBER' // params.expected e.g. "digits:10|12"
  | 'DUPLICATE_ROW' // identical to an earlier row
  | 'DUPLICATE_SHIPMENT_BOX' // the same box with a different courier/tracking number elsewhere
  | 'DUPLICATE_TRACKING_NUMBER' // the same tracking number on another box
  | 'ORDER_NOT_FOUND'
  | 'ORDER_NOT_INSTRUCT'; // params.status: only acknowledged (INSTRUCT) boxes take an invoice

export interface InvoiceRowError {
  row: number;
  code: InvoiceRowErrorCode;
  column?: InvoiceColumn;
  params: Record<string, string | number>;
}

export type InvoiceFileErrorCode = 'EMPTY' | 'MISSING_COLUMN' | 'MALFORMED';

export interface InvoiceFileError {
  code: InvoiceFileErrorCode;
  params: Record<string, string | number>;
}

export interface ValidInvoiceRow {
  row: number;
  shipmentBoxId: string;
  courierCode: string;
  trackingNumber: string;
  /** From the order lookup, when it knows them (needed to build the invoice DTO). */
  orderId?: string;
  vendorItemId?: string;
}

export interface KnownOrder {
  /** Coupang ordersheet status, e.g. INSTRUCT. */
  status: string;
  orderId?: string;
  vendorItemId?: string;
}

export interface InvoiceImportOptions {
  /** Cached orders of the account, by shipmentBoxId. Without it, order checks are skipped. */
  lookup?: (shipmentBoxId: string) => KnownOrder | undefined;
}

export interface InvoiceImportResult {
  rows: ValidInvoiceRow[];
  errors: InvoiceRowError[];
  fileErrors: InvoiceFileError[];
  hasHeader: boolean;
}

const HEADER_ALIASES: Record<InvoiceColumn, string[]> = {
  shipmentBoxId: ['shipmentboxid', 'boxid', 'shipmentid', '묶음배송번호', '배송번호'],
  courier: ['courier', 'couriercode', 'carrier', 'deliverycompany', 'deliverycompanycode', '택배사', '택배사코드'],
  trackingNumber: ['trackingnumber', 'tracking', 'trackingno', 'invoicenumber', 'invoice', '송장번호', '운송장번호'],
};

const headerKey = (cell: string) => cell.toLowerCase().replace(/[\s_\-.()]/g, '');

function columnOf(cell: string): InvoiceColumn | undefined {
  const key = headerKey(cell);
  return COLUMNS.find((c) => HEADER_ALIASES[c].includes(key));
}

/** Column positions from a header row, or null when the first row is data. */
function detectHeader(first: SourceRow): { positions: Partial<Record<InvoiceColumn, number>> } | null {
  const positions: Partial<Record<InvoiceColumn, number>> = {};
  first.cells.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column && positions[column] === undefined) positions[column] = index;
  });
  if (Object.keys(positions).length > 0) return { positions };
  // Unrecognized wording, but a first cell without any digit cannot be a shipmentBoxId: a header.
  if (!/\d/.test(first.cells[0] ?? '')) return { positions: { shipmentBoxId: 0, courier: 1, trackingNumber: 2 } };
  return null;
}

const SCIENTIFIC = /^\d+(?:[.,]\d+)?E\+?\d+$/i;
const BOX_ID = /^\d{6,20}$/;

/** Excel keeps 15 significant digits: an 18-digit id ending in zeros past that may be mangled. */
function looksPrecisionLost(id: string): boolean {
  return id.length > 15 && /^0+$/.test(id.slice(15));
}

interface Candidate {
  row: number;
  shipmentBoxId?: string;
  courierCode?: string;
  trackingNumber?: string;
  errors: InvoiceRowError[];
}

function readRow(source: SourceRow, positions: Record<InvoiceColumn, number>): Candidate {
  const c: Candidate = { row: source.row, errors: [] };
  const cell = (column: InvoiceColumn) => source.cells[positions[column]] ?? '';
  const fail = (code: InvoiceRowErrorCode, column: InvoiceColumn, params: Record<string, string | number> = {}) =>
    c.errors.push({ row: source.row, code, column, params });

  const box = cell('shipmentBoxId').replace(/\s/g, '');
  if (!box) fail('MISSING_VALUE', 'shipmentBoxId');
  else if (SCIENTIFIC.test(box)) fail('SCIENTIFIC_NOTATION', 'shipmentBoxId', { value: box });
  else if (!BOX_ID.test(box)) fail('INVALID_SHIPMENT_BOX_ID', 'shipmentBoxId', { value: box.slice(0, 30) });
  else c.shipmentBoxId = box;

  const courierText = cell('courier');
  const courier = courierText ? findCourier(courierText) : undefined;
  if (!courierText) fail('MISSING_VALUE', 'courier');
  else if (!courier) fail('UNKNOWN_COURIER', 'courier', { value: courierText.slice(0, 40) });
  else c.courierCode = courier.code;

  const tracking = cell('trackingNumber');
  if (!tracking) fail('MISSING_VALUE', 'trackingNumber');
  else if (SCIENTIFIC.test(tracking)) fail('SCIENTIFIC_NOTATION', 'trackingNumber', { value: tracking });
  else {
    const check = checkTrackingNumber(courier, tracking);
    if (check.ok) c.trackingNumber = check.value;
    else
      fail('INVALID_TRACKING_NUMBER', 'trackingNumber', {
        expected: check.expected,
        ...(courier ? { courier: courier.code } : {}),
      });
  }
  return c;
}

function checkDuplicates(candidates: Candidate[]): void {
  const byBox = new Map<string, Candidate>();
  const byTracking = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.shipmentBoxId) {
      const first = byBox.get(c.shipmentBoxId);
      if (!first) byBox.set(c.shipmentBoxId, c);
      else if (first.courierCode === c.courierCode && first.trackingNumber === c.trackingNumber) {
        c.errors.push({ row: c.row, code: 'DUPLICATE_ROW', params: { otherRow: first.row } });
        continue; // an exact repeat: the first row stands, this one adds nothing
      } else {
        // Conflicting instructions for one box: neither row can be trusted.
        c.errors.push({
          row: c.row,
          code: 'DUPLICATE_SHIPMENT_BOX',
          column: 'shipmentBoxId',
          params: { otherRow: first.row },
        });
        if (!first.errors.some((e) => e.code === 'DUPLICATE_SHIPMENT_BOX')) {
          first.errors.push({
            row: first.row,
            code: 'DUPLICATE_SHIPMENT_BOX',
            column: 'shipmentBoxId',
            params: { otherRow: c.row },
          });
        }
      }
    }
    if (c.trackingNumber && c.shipmentBoxId) {
      const first = byTracking.get(c.trackingNumber);
      if (!first) byTracking.set(c.trackingNumber, c);
      else if (first.shipmentBoxId !== c.shipmentBoxId) {
        c.errors.push({
          row: c.row,
          code: 'DUPLICATE_TRACKING_NUMBER',
          column: 'trackingNumber',
          params: { otherRow: first.row },
        });
        if (!first.errors.some((e) => e.code === 'DUPLICATE_TRACKING_NUMBER')) {
          first.errors.push({
            row: first.row,
            code: 'DUPLICATE_TRACKING_NUMBER',
            column: 'trackingNumber',
            params: { otherRow: c.row },
          });
        }
      }
    }
  }
}

function checkOrder(c: Candidate, lookup: NonNullable<InvoiceImportOptions['lookup']>): KnownOrder | undefined {
  if (!c.shipmentBoxId) return undefined;
  const order = lookup(c.shipmentBoxId);
  if (!order) {
    const code = looksPrecisionLost(c.shipmentBoxId) ? 'ID_PRECISION_LOST' : 'ORDER_NOT_FOUND';
    c.errors.push({ row: c.row, code, column: 'shipmentBoxId', params: { value: c.shipmentBoxId } });
  } else if (order.status !== 'INSTRUCT') {
    c.errors.push({
      row: c.row,
      code: 'ORDER_NOT_INSTRUCT',
      column: 'shipmentBoxId',
      params: { status: order.status },
    });
  }
  return order;
}

export function parseInvoiceImport(text: string, options: InvoiceImportOptions = {}): InvoiceImportResult {
  const table = parseTable(text);
  const empty = { rows: [], errors: [], hasHeader: false };
  if (table.rows.length === 0) return { ...empty, fileErrors: [{ code: 'EMPTY', params: {} }] };

  const header = detectHeader(table.rows[0]!);
  const missing = header ? COLUMNS.filter((c) => header.positions[c] === undefined) : [];
  if (missing.length > 0) {
    return {
      ...empty,
      hasHeader: true,
      fileErrors: missing.map((column) => ({ code: 'MISSING_COLUMN', params: { column } })),
    };
  }
  const positions = (header?.positions ?? { shipmentBoxId: 0, courier: 1, trackingNumber: 2 }) as Record<
    InvoiceColumn,
    number
  >;
  const dataRows = header ? table.rows.slice(1) : table.rows;
  if (dataRows.length === 0) return { ...empty, hasHeader: !!header, fileErrors: [{ code: 'EMPTY', params: {} }] };

  const candidates = dataRows.map((row) => readRow(row, positions));
  checkDuplicates(candidates);
  const known = new Map<Candidate, KnownOrder | undefined>();
  if (options.lookup) for (const c of candidates) known.set(c, checkOrder(c, options.lookup));

  const rows: ValidInvoiceRow[] = [];
  const errors: InvoiceRowError[] = [];
  for (const c of candidates) {
    if (c.errors.length > 0) {
      errors.push(...c.errors);
      continue;
    }
    const order = known.get(c);
    rows.push({
      row: c.row,
      shipmentBoxId: c.shipmentBoxId!,
      courierCode: c.courierCode!,
      trackingNumber: c.trackingNumber!,
      ...(order?.orderId ? { orderId: order.orderId } : {}),
      ...(order?.vendorItemId ? { vendorItemId: order.vendorItemId } : {}),
    });
  }
  errors.sort((a, b) => a.row - b.row);
  const fileErrors: InvoiceFileError[] = table.problems.map((p) => ({
    code: 'MALFORMED',
    params: { row: p.row, reason: p.code },
  }));
  return { rows, errors, fileErrors, hasHeader: !!header };
}
