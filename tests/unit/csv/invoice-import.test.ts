import { describe, expect, it } from 'vitest';
import { type KnownOrder, parseInvoiceImport } from '../../../utils/background/coupang/orders/invoice-csv';

const BOX_A = '642538971006401429';
const BOX_B = '642538971006401437';
const BOX_C = '642538971006401445';

const orders = new Map<string, KnownOrder>([
  [BOX_A, { status: 'INSTRUCT', orderId: '25000112345678', vendorItemId: '87654321012' }],
  [BOX_B, { status: 'INSTRUCT', orderId: '25000112345679', vendorItemId: '87654321013' }],
  [BOX_C, { status: 'ACCEPT', orderId: '25000112345680' }],
]);
const lookup = (id: string) => orders.get(id);

describe('reading the table', () => {
  it('reads a CSV file with a BOM, a Korean header and quoted cells', () => {
    const csv = `\uFEFF묶음배송번호,택배사,송장번호\r\n${BOX_A},"CJ 대한통운","1234-5678-9012"\r\n${BOX_B},롯데택배,1234567890\r\n`;
    const result = parseInvoiceImport(csv, { lookup });
    expect(result.hasHeader).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.fileErrors).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        shipmentBoxId: BOX_A,
        courierCode: 'CJGLS',
        trackingNumber: '123456789012',
        orderId: '25000112345678',
        vendorItemId: '87654321012',
      },
      {
        row: 3,
        shipmentBoxId: BOX_B,
        courierCode: 'HYUNDAI',
        trackingNumber: '1234567890',
        orderId: '25000112345679',
        vendorItemId: '87654321013',
      },
    ]);
  });

  it('reads a tab-separated paste without a header, skipping blank lines but keeping row numbers', () => {
    const pasted = `${BOX_A}\tcjgls\t123456789012\n\n${BOX_B}\tHYUNDAI\t1234567890123\n`;
    const result = parseInvoiceImport(pasted);
    expect(result.hasHeader).toBe(false);
    expect(result.rows.map((r) => [r.row, r.shipmentBoxId, r.courierCode])).toEqual([
      [1, BOX_A, 'CJGLS'],
      [3, BOX_B, 'HYUNDAI'],
    ]);
  });

  it('maps columns by header name in any order and ignores extra columns', () => {
    const csv = `trackingNumber,memo,courier,shipmentBoxId\n123456789012,hi,CJGLS,${BOX_A}\n`;
    const result = parseInvoiceImport(csv);
    expect(result.rows).toEqual([
      { row: 2, shipmentBoxId: BOX_A, courierCode: 'CJGLS', trackingNumber: '123456789012' },
    ]);
  });

  it('strips Excel text markers (leading apostrophe, ="…")', () => {
    const csv = `'${BOX_A},CJGLS,"=""123456789012"""\n`;
    expect(parseInvoiceImport(csv).rows[0]).toMatchObject({ shipmentBoxId: BOX_A, trackingNumber: '123456789012' });
  });

  it('treats an unrecognized first row without digits as a header with positional columns', () => {
    const result = parseInvoiceImport(`박스,택배,번호\n${BOX_A},EPOST,1234567890123\n`);
    expect(result.hasHeader).toBe(true);
    expect(result.rows).toEqual([
      { row: 2, shipmentBoxId: BOX_A, courierCode: 'EPOST', trackingNumber: '1234567890123' },
    ]);
  });

  it('reports an unclosed quote as a file problem', () => {
    const result = parseInvoiceImport(`${BOX_A},CJGLS,"123456789012\n`);
    expect(result.fileErrors[0]).toMatchObject({ code: 'MALFORMED', params: { reason: 'MissingQuotes' } });
  });

  it('reports an empty input and a header missing a column', () => {
    expect(parseInvoiceImport(' \n\n').fileErrors).toEqual([{ code: 'EMPTY', params: {} }]);
    expect(parseInvoiceImport('shipmentBoxId,courier\n1,2\n').fileErrors).toEqual([
      { code: 'MISSING_COLUMN', params: { column: 'trackingNumber' } },
    ]);
  });
});

describe('row validation', () => {
  it('explains Excel scientific notation on ids and tracking numbers', () => {
    const result = parseInvoiceImport(`6.42539E+17,CJGLS,1.23457E+11\n`);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 1, code: 'SCIENTIFIC_NOTATION', column: 'shipmentBoxId', params: { value: '6.42539E+17' } },
      { row: 1, code: 'SCIENTIFIC_NOTATION', column: 'trackingNumber', params: { value: '1.23457E+11' } },
    ]);
  });

  it('flags malformed ids, unknown couriers, malformed tracking numbers and empty cells', () => {
    const csv = [
      'shipmentBoxId,courier,trackingNumber',
      `64253897100640142X,CJGLS,123456789012`,
      `${BOX_A},KOREX,123456789012`,
      `${BOX_B},CJGLS,12345678901`,
      `${BOX_C},EPOST,`,
    ].join('\n');
    const result = parseInvoiceImport(csv);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, code: 'INVALID_SHIPMENT_BOX_ID', column: 'shipmentBoxId', params: { value: '64253897100640142X' } },
      { row: 3, code: 'UNKNOWN_COURIER', column: 'courier', params: { value: 'KOREX' } },
      // An unknown courier gets the generic rule; this number satisfies it, so no second error.
      {
        row: 4,
        code: 'INVALID_TRACKING_NUMBER',
        column: 'trackingNumber',
        params: { expected: 'digits:10|12', courier: 'CJGLS' },
      },
      { row: 5, code: 'MISSING_VALUE', column: 'trackingNumber', params: {} },
    ]);
  });

  it('flags exact duplicate rows (keeping the first) and conflicting rows for one box (both)', () => {
    const csv = [
      `${BOX_A},CJGLS,123456789012`,
      `${BOX_A},cjgls,1234-5678-9012`,
      `${BOX_B},CJGLS,111111111111`,
      `${BOX_B},CJGLS,222222222222`,
    ].join('\n');
    const result = parseInvoiceImport(csv);
    expect(result.rows.map((r) => r.row)).toEqual([1]);
    expect(result.errors).toEqual([
      { row: 2, code: 'DUPLICATE_ROW', params: { otherRow: 1 } },
      { row: 3, code: 'DUPLICATE_SHIPMENT_BOX', column: 'shipmentBoxId', params: { otherRow: 4 } },
      { row: 4, code: 'DUPLICATE_SHIPMENT_BOX', column: 'shipmentBoxId', params: { otherRow: 3 } },
    ]);
  });

  it('flags a tracking number used for two different boxes', () => {
    const result = parseInvoiceImport(`${BOX_A},CJGLS,123456789012\n${BOX_B},CJGLS,123456789012\n`);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.code, e.params.otherRow])).toEqual([
      [1, 'DUPLICATE_TRACKING_NUMBER', 2],
      [2, 'DUPLICATE_TRACKING_NUMBER', 1],
    ]);
  });

  it('checks orders against the lookup: not found, not INSTRUCT, precision lost', () => {
    const csv = [
      `${BOX_C},CJGLS,123456789012`,
      `642538971006400000,CJGLS,123456789013`,
      `642538971006409999,CJGLS,123456789014`,
    ].join('\n');
    const result = parseInvoiceImport(csv, { lookup });
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 1, code: 'ORDER_NOT_INSTRUCT', column: 'shipmentBoxId', params: { status: 'ACCEPT' } },
      { row: 2, code: 'ID_PRECISION_LOST', column: 'shipmentBoxId', params: { value: '642538971006400000' } },
      { row: 3, code: 'ORDER_NOT_FOUND', column: 'shipmentBoxId', params: { value: '642538971006409999' } },
    ]);
  });

  it('returns valid rows beside invalid ones so only the bad rows need fixing', () => {
    const result = parseInvoiceImport(`${BOX_A},CJGLS,123456789012\n${BOX_B},NOPE,223456789012\n`, { lookup });
    expect(result.rows.map((r) => r.shipmentBoxId)).toEqual([BOX_A]);
    expect(result.errors.map((e) => e.code)).toEqual(['UNKNOWN_COURIER']);
  });
});
