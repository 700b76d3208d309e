import { beyondPriceGuard, editProblem, type OptionFacts } from '../../../domain/product-edits';
import type { OptionEdit, RowProblem, ValidatedEdit } from '../../../protocol/messages/products';
import { parseTable, type SourceRow } from '../../csv/table';

/**
 * Bulk option edits from a CSV file or a table pasted from a spreadsheet: which option (옵션ID, or
 * the seller's own code), and any of price, stock, sale status. Headers in Korean as Wing's
 * download names them, or English; every row is checked before anything is sent and each problem
 * is reported on its row as a code + params the page translates.
 */

type Column = 'vendorItemId' | 'sellerSku' | 'price' | 'stock' | 'sale';
const COLUMNS: readonly Column[] = ['vendorItemId', 'sellerSku', 'price', 'stock', 'sale'];

const HEADER_ALIASES: Record<Column, string[]> = {
  vendorItemId: ['vendoritemid', 'optionid', '옵션id', '옵션아이디', '옵션번호', '노출옵션id'],
  sellerSku: ['sellersku', 'sku', 'externalvendorsku', '판매자상품코드', '업체상품코드', '판매자옵션코드'],
  price: ['price', 'saleprice', '판매가', '판매가격', '가격'],
  stock: ['stock', 'quantity', 'inventory', '재고', '재고수량', '잔여수량', '수량'],
  sale: ['sale', 'salestatus', 'onsale', 'status', '판매상태', '판매여부'],
};

const SALE_ON = new Set(['on', 'y', 'yes', 'true', '1', '판매', '판매중', '판매재개', '재개']);
const SALE_OFF = new Set(['off', 'n', 'no', 'false', '0', '중지', '판매중지', '품절']);

const headerKey = (cell: string) => cell.toLowerCase().replace(/[\s_\-.()]/g, '');

export interface BulkLookup {
  byId(vendorItemId: string): OptionFacts | undefined;
  bySku(sku: string): OptionFacts[];
}

export interface BulkResult {
  valid: ValidatedEdit[];
  errors: RowProblem[];
  totalRows: number;
}

function headerPositions(first: SourceRow): Partial<Record<Column, number>> | null {
  const positions: Partial<Record<Column, number>> = {};
  first.cells.forEach((cell, index) => {
    const key = headerKey(cell);
    const column = COLUMNS.find((c) => HEADER_ALIASES[c].includes(key));
    if (column && positions[column] === undefined) positions[column] = index;
  });
  return Object.keys(positions).length ? positions : null;
}

/** "12,900원" / "₩12900" / "12 900" → 12900; anything else → NaN. */
function readWon(text: string): number {
  const bare = text.replace(/[\s,원₩]/g, '');
  return /^-?\d+(\.\d+)?$/.test(bare) ? Number(bare) : Number.NaN;
}

function readRow(source: SourceRow, pos: Partial<Record<Column, number>>, lookup: BulkLookup) {
  const cell = (c: Column) => (pos[c] === undefined ? '' : (source.cells[pos[c]] ?? '').trim());
  const fail = (code: string, params?: Record<string, string | number>): RowProblem => ({
    row: source.row,
    code,
    ...(params ? { params } : {}),
  });
  const id = cell('vendorItemId').replace(/\s/g, '');
  const sku = cell('sellerSku');
  let facts: OptionFacts | undefined;
  if (id) {
    if (/e\+?\d+$/i.test(id)) return fail('SCIENTIFIC_NOTATION', { value: id });
    if (!/^\d{1,30}$/.test(id)) return fail('INVALID_OPTION_ID', { value: id.slice(0, 30) });
    facts = lookup.byId(id);
    if (!facts) return fail('OPTION_NOT_FOUND', { value: id });
  } else if (sku) {
    const found = lookup.bySku(sku);
    if (found.length > 1) return fail('SKU_AMBIGUOUS', { value: sku.slice(0, 60), count: found.length });
    facts = found[0];
    if (!facts) return fail('OPTION_NOT_FOUND', { value: sku.slice(0, 60) });
  } else return fail('MISSING_OPTION');

  const edit: Omit<OptionEdit, 'vendorItemId'> = {};
  const priceText = cell('price');
  if (priceText) {
    const price = readWon(priceText);
    if (!Number.isInteger(price)) return fail('PRICE_NOT_NUMBER', { value: priceText.slice(0, 20) });
    edit.price = price;
  }
  const stockText = cell('stock').replace(/[\s,]/g, '');
  if (stockText) {
    if (!/^-?\d+$/.test(stockText)) return fail('STOCK_INVALID', { max: 99_999 });
    edit.stock = Number(stockText);
  }
  const saleText = headerKey(cell('sale'));
  if (saleText) {
    if (SALE_ON.has(saleText)) edit.sale = 'on';
    else if (SALE_OFF.has(saleText)) edit.sale = 'off';
    else return fail('SALE_UNKNOWN', { value: cell('sale').slice(0, 20) });
  }
  const problem = editProblem(edit, facts);
  if (problem) return fail(problem.code, 'params' in problem ? problem.params : undefined);
  const needsForce = edit.price !== undefined && beyondPriceGuard(facts.salePrice, edit.price);
  const valid: ValidatedEdit = {
    row: source.row,
    vendorItemId: facts.vendorItemId,
    itemName: facts.itemName,
    ...edit,
    needsForce,
  };
  return valid;
}

export function validateBulkEdits(text: string, lookup: BulkLookup): BulkResult {
  const table = parseTable(text);
  const errors: RowProblem[] = table.problems.map((p) => ({ row: p.row, code: 'MALFORMED' }));
  const [first, ...rest] = table.rows;
  if (!first) return { valid: [], errors: [{ row: 0, code: 'EMPTY' }], totalRows: 0 };
  let positions = headerPositions(first);
  let data = rest;
  // No header: the first cell is an option id, then price and stock (Wing's own column order).
  if (!positions) {
    positions = { vendorItemId: 0, price: 1, stock: 2 };
    data = table.rows;
  } else if (positions.vendorItemId === undefined && positions.sellerSku === undefined)
    return {
      valid: [],
      errors: [{ row: first.row, code: 'MISSING_COLUMN', params: { column: '옵션ID' } }],
      totalRows: 0,
    };

  const valid: ValidatedEdit[] = [];
  const firstRowOf = new Map<string, number>();
  for (const source of data) {
    const read = readRow(source, positions, lookup);
    if ('code' in read) {
      errors.push(read);
      continue;
    }
    const earlier = firstRowOf.get(read.vendorItemId);
    if (earlier !== undefined) {
      errors.push({ row: source.row, code: 'DUPLICATE_OPTION', params: { row: earlier } });
      continue;
    }
    firstRowOf.set(read.vendorItemId, source.row);
    valid.push(read);
  }
  errors.sort((a, b) => a.row - b.row);
  return { valid, errors, totalRows: data.length };
}
