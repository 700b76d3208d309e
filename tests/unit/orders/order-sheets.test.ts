import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { shippingSheetData, shippingSheetFilename } from '@/entrypoints/sidepanel/orders/sheets/shipping-sheet-file';
import type { CoreServices } from '@/utils/background/core/core';
import { orderSheetHandlers } from '@/utils/background/orders/sheets/handlers';
import type { DomainOrder } from '@/utils/domain/order';

/**
 * The pick list carries products and quantities only; the shipping sheet (발주서) carries the
 * recipient of orders still to ship, one row per box, and nothing else; its .xlsx keeps 18-digit
 * ids and phone numbers as text.
 */
const PII = {
  name: '김철수',
  phone: '0502-1234-5678',
  postcode: '06236',
  address: '서울특별시 강남구 테헤란로 123',
  addressDetail: '4층 401호',
  memo: '문 앞에 놓아 주세요',
};

const krw = (minor: number) => ({ currency: 'KRW' as const, minor });

function order(box: string, over: Partial<DomainOrder> = {}): DomainOrder {
  return {
    key: `coupang:A00012345:${box}`,
    marketplace: 'coupang',
    role: 'seller',
    accountId: 'A00012345',
    orderId: `27${box.slice(-12)}`,
    shipmentId: box,
    marketStatus: 'INSTRUCT',
    workState: 'toShip',
    orderedAt: '2025-03-09T23:40:00+09:00',
    lines: [
      {
        lineId: '1',
        productName: '충전 케이블',
        optionName: '1m 화이트',
        quantity: 2,
        unitPrice: krw(9900),
        itemId: '70000000001',
      },
      { lineId: '2', productName: '멀티탭', quantity: 1, unitPrice: krw(15000), itemId: '70000000002' },
    ],
    total: krw(34800),
    recipient: PII,
    shipping: {},
    timeline: [],
    ...over,
  };
}

const A = order('641000000123456789');
const B = order('641000000123456790', {
  lines: [
    {
      lineId: '1',
      productName: '충전 케이블',
      optionName: '1m 화이트',
      quantity: 1,
      unitPrice: krw(9900),
      itemId: '70000000001',
    },
  ],
});
const SHIPPED = order('641000000123456791', { workState: 'inTransit', marketStatus: 'DELIVERING' });
const PURCHASE = order('3958762341027584329', {
  key: 'alibaba:b2b-1:3958762341027584329',
  marketplace: 'alibaba',
  role: 'buyer',
  workState: 'toShip',
});

function handlers() {
  const all = [A, B, SHIPPED, PURCHASE];
  const core = {
    orders: { get: async (k: string) => all.find((o) => o.key === k) },
    now: () => Date.parse('2025-03-10T10:00:00+09:00'),
  } as unknown as CoreServices;
  return orderSheetHandlers(core);
}

const GONE = 'coupang:A00012345:641000000999999999';

describe('pick list', () => {
  it('totals each item over the selection and lists each box, with no customer data', async () => {
    const reply = await handlers()['orders.pickList']({ keys: [A.key, B.key, GONE] }, {} as never);
    expect(reply.items).toEqual([
      { productName: '멀티탭', optionName: undefined, itemId: '70000000002', quantity: 1, boxes: 1 },
      { productName: '충전 케이블', optionName: '1m 화이트', itemId: '70000000001', quantity: 3, boxes: 2 },
    ]);
    expect(reply.boxes.map((b) => b.shipmentId)).toEqual([A.shipmentId, B.shipmentId]);
    expect(reply.skipped).toEqual([{ key: GONE, reason: 'notFound' }]);
    const text = JSON.stringify(reply);
    for (const v of [PII.name, PII.phone, '테헤란로', '401호', PII.postcode, PII.memo]) expect(text).not.toContain(v);
  });
});

describe('shipping sheet', () => {
  it('has one row per box to ship, with the recipient; shipped orders and own purchases are left out', async () => {
    const reply = await handlers()['orders.shippingSheet'](
      { keys: [A.key, SHIPPED.key, PURCHASE.key, GONE], acknowledged: true },
      {} as never,
    );
    expect(reply.rows).toHaveLength(1);
    expect(reply.rows[0]).toMatchObject({
      shipmentId: '641000000123456789',
      recipientName: '김철수',
      phone: '0502-1234-5678',
      address: '서울특별시 강남구 테헤란로 123 4층 401호',
      items: '충전 케이블 1m 화이트 × 2 / 멀티탭 × 1',
      itemIds: '70000000001, 70000000002',
      quantity: 3,
    });
    expect(reply.skipped).toEqual([
      { key: GONE, reason: 'notFound' },
      { key: SHIPPED.key, orderId: SHIPPED.orderId, reason: 'notAwaitingShipment' },
      { key: PURCHASE.key, orderId: PURCHASE.orderId, reason: 'notAwaitingShipment' },
    ]);
  });

  it('writes an .xlsx whose ids, phone and postcode read back as the exact text', async () => {
    const reply = await handlers()['orders.shippingSheet']({ keys: [A.key, B.key], acknowledged: true }, {} as never);
    const buffer = await writeExcelFile(shippingSheetData(reply.rows)).toBuffer();
    const [sheet] = await readXlsxFile(buffer, { parseNumber: (s: string) => s });
    const [header, first] = sheet!.data;
    expect(header?.slice(0, 3)).toEqual(['묶음배송번호', '주문번호', '주문일시']);
    expect(header).toContain('택배사');
    expect(header).toContain('운송장번호');
    expect(first?.[0]).toBe('641000000123456789');
    expect(first?.[2]).toBe('2025-03-09 23:40');
    expect(first?.[4]).toBe('0502-1234-5678');
    expect(first?.[5]).toBe('06236');
    expect(sheet!.data).toHaveLength(3);
  });

  it('names the file in Korean time whatever the computer’s zone', () => {
    // 2025-03-09 23:40 UTC is already the 10th in Korea.
    expect(shippingSheetFilename(Date.parse('2025-03-09T23:40:00Z'))).toBe('발주서_20250310_0840.xlsx');
  });
});
