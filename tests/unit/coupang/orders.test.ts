import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CoupangApiError } from '../../../utils/background/coupang/api/errors';
import { formatSignedDate } from '../../../utils/background/coupang/api/signing';
import { invoiceForOrder } from '../../../utils/background/coupang/orders/endpoints';
import { ACK_PARTIAL, BOX_A, BOX_B, BOX_C, INVOICE_RESULT, listBody, ORDER_A, ordersheetV5 } from './fixtures';
import { BASE_URL, CREDENTIALS, NOW, testClient } from './stub-fetch';

const ORDERSHEETS = '/v2/providers/openapi/apis/api/v5/vendors/A00012345/ordersheets';

function expectedAuthorization(method: string, url: string): string {
  const u = new URL(url);
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const date = formatSignedDate(NOW);
  const sig = createHmac('sha256', CREDENTIALS.secretKey).update(`${date}${method}${u.pathname}${query}`).digest('hex');
  return `CEA algorithm=HmacSHA256, access-key=${CREDENTIALS.accessKey}, signed-date=${date}, signature=${sig}`;
}

describe('ordersheet list', () => {
  it('sends the exact signed v5 query with the documented headers', async () => {
    const { client, requests } = testClient(() => ({ body: listBody([ordersheetV5()]) }));
    await client.orders.list({ status: 'ACCEPT', createdAtFrom: '2025-07-14', createdAtTo: '2025-07-15' });
    expect(requests).toHaveLength(1);
    const req = requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.url).toBe(
      `${BASE_URL}${ORDERSHEETS}?createdAtFrom=2025-07-14%2B09%3A00&createdAtTo=2025-07-15%2B09%3A00&maxPerPage=50&status=ACCEPT`,
    );
    expect(req.headers.Authorization).toBe(expectedAuthorization('GET', req.url));
    expect(req.headers['Content-Type']).toBe('application/json;charset=UTF-8');
    expect(req.headers['X-Requested-By']).toBe('A00012345');
    expect(req.headers['X-EXTENDED-TIMEOUT']).toBe('60000');
  });

  it('keeps 18-digit ids exact and maps to DomainOrder', async () => {
    const { client } = testClient(() => ({ body: listBody([ordersheetV5()], 'tok-2') }));
    const page = await client.orders.list({ status: 'ACCEPT', createdAtFrom: '2025-07-14', createdAtTo: '2025-07-15' });
    expect(page.nextToken).toBe('tok-2');
    const order = page.orders[0]!;
    expect(order.shipmentId).toBe(BOX_A);
    expect(order.key).toBe(`coupang:A00012345:${BOX_A}`);
    expect(order).toMatchObject({
      marketplace: 'coupang',
      accountId: 'A00012345',
      role: 'seller',
      orderId: ORDER_A,
      marketStatus: 'ACCEPT',
      workState: 'new',
      orderedAt: '2025-07-15T10:20:30+09:00',
      paidAt: '2025-07-15T10:21:00+09:00',
      shipBy: '2025-07-17T23:59:59+09:00',
      total: { currency: 'KRW', minor: 28800 },
      shippingFee: { currency: 'KRW', minor: 3000 },
      recipient: {
        name: '이서연',
        phone: '0503-9876-5432',
        postcode: '06236',
        address: '서울특별시 강남구 테헤란로 123',
        addressDetail: '4층 401호',
        memo: '공동현관 #1234',
      },
      shipping: {},
    });
    expect(order.recipient.customsCode).toBeUndefined();
    expect(order.lines).toEqual([
      {
        lineId: '87654321012',
        productName: '오가닉 코튼 티셔츠',
        optionName: '화이트 L',
        quantity: 2,
        unitPrice: { currency: 'KRW', minor: 12900 },
        itemId: '87654321012',
        productId: '13579246',
      },
    ]);
    expect(order.timeline).toEqual([
      { at: '2025-07-15T10:20:30+09:00', label: 'ordered' },
      { at: '2025-07-15T10:21:00+09:00', label: 'paid' },
    ]);
    // Orderer details and buyer-entered texts are not carried anywhere.
    expect(JSON.stringify(order)).not.toContain('김민수');
    expect(JSON.stringify(order)).not.toContain('문 앞에 두세요');
  });

  it('refuses windows over 31 days and unknown statuses before sending anything', async () => {
    const { client, requests } = testClient(() => ({ body: listBody([]) }));
    await expect(
      client.orders.list({ status: 'ACCEPT', createdAtFrom: '2025-01-01', createdAtTo: '2025-02-01' }),
    ).rejects.toThrow(RangeError);
    await expect(
      client.orders.list({ status: 'NOPE' as 'ACCEPT', createdAtFrom: '2025-01-01', createdAtTo: '2025-01-02' }),
    ).rejects.toThrow(RangeError);
    expect(requests).toHaveLength(0);
  });
});

describe('ordersheet walk', () => {
  it('splits the range into ≤31-day KST windows, follows nextToken, and yields resumable checkpoints', async () => {
    const { client, requests } = testClient((req) => {
      const url = new URL(req.url);
      const from = req.url.match(/createdAtFrom=([^&]+)/)![1];
      const token = url.searchParams.get('nextToken');
      if (from === '2025-01-01%2B09%3A00' && !token) return { body: listBody([ordersheetV5({ box: BOX_A })], 'p2') };
      if (from === '2025-01-01%2B09%3A00' && token === 'p2') return { body: listBody([ordersheetV5({ box: BOX_B })]) };
      return { body: listBody([ordersheetV5({ box: BOX_C })]) };
    });
    const pages = [];
    for await (const page of client.orders.walk({ status: 'INSTRUCT', from: '2025-01-01', to: '2025-03-05' })) {
      pages.push({ ids: page.items.map((o) => o.shipmentId), window: page.window, checkpoint: page.checkpoint });
    }
    expect(pages).toEqual([
      {
        ids: [BOX_A],
        window: { from: '2025-01-01', to: '2025-01-31' },
        checkpoint: { windowIndex: 0, nextToken: 'p2' },
      },
      { ids: [BOX_B], window: { from: '2025-01-01', to: '2025-01-31' }, checkpoint: { windowIndex: 1 } },
      { ids: [BOX_C], window: { from: '2025-02-01', to: '2025-03-03' }, checkpoint: { windowIndex: 2 } },
      { ids: [BOX_C], window: { from: '2025-03-04', to: '2025-03-05' }, checkpoint: null },
    ]);
    expect(requests.map((r) => r.url.match(/createdAtTo=([^&]+)/)![1])).toEqual([
      '2025-01-31%2B09%3A00',
      '2025-01-31%2B09%3A00',
      '2025-03-03%2B09%3A00',
      '2025-03-05%2B09%3A00',
    ]);
  });

  it('resumes from a checkpoint without refetching earlier pages', async () => {
    const { client, requests } = testClient(() => ({ body: listBody([ordersheetV5({ box: BOX_B })]) }));
    const ids: string[] = [];
    for await (const page of client.orders.walk({
      status: 'INSTRUCT',
      from: '2025-01-01',
      to: '2025-03-05',
      resume: { windowIndex: 0, nextToken: 'p2' },
    })) {
      ids.push(...page.items.map((o) => o.shipmentId));
    }
    expect(ids).toHaveLength(3);
    expect(requests[0]!.url).toContain('nextToken=p2');
    expect(requests[0]!.url).toContain('createdAtFrom=2025-01-01%2B09%3A00');
    expect(requests[1]!.url).not.toContain('nextToken');
  });
});

describe('single ordersheet reads', () => {
  it('gets one box (path carries the 18-digit id) and de-duplicates identical in-flight reads', async () => {
    const { client, requests } = testClient(
      () =>
        new Promise((r) =>
          setTimeout(
            () => r({ body: `{"code":200,"message":"OK","data":${ordersheetV5({ status: 'INSTRUCT' })}}` }),
            10,
          ),
        ),
    );
    const [a, b] = await Promise.all([
      client.orders.getByShipmentBoxId(BOX_A),
      client.orders.getByShipmentBoxId(BOX_A),
    ]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe(`${BASE_URL}${ORDERSHEETS}/${BOX_A}`);
    expect(a).toEqual(b);
    expect(a.workState).toBe('toShip');
  });

  it('gets all boxes of an order', async () => {
    const { client, requests } = testClient(() => ({
      body: `{"code":"200","message":"OK","data":[${ordersheetV5({ box: BOX_A })},${ordersheetV5({ box: BOX_B, status: 'DEPARTURE' })}]}`,
    }));
    const orders = await client.orders.getByOrderId(ORDER_A);
    expect(requests[0]!.url).toBe(
      `${BASE_URL}/v2/providers/openapi/apis/api/v5/vendors/A00012345/${ORDER_A}/ordersheets`,
    );
    expect(orders.map((o) => [o.shipmentId, o.workState])).toEqual([
      [BOX_A, 'new'],
      [BOX_B, 'awaitingPickup'],
    ]);
  });
});

describe('acknowledge', () => {
  it('sends shipmentBoxIds as bare numbers and returns one result per id', async () => {
    const { client, requests } = testClient(() => ({ body: ACK_PARTIAL }));
    const result = await client.orders.acknowledge([BOX_A, BOX_B, BOX_C]);
    const req = requests[0]!;
    expect(req.method).toBe('PUT');
    expect(req.url).toBe(`${BASE_URL}/v2/providers/openapi/apis/api/v4/vendors/A00012345/ordersheets/acknowledgement`);
    expect(req.body).toBe(`{"vendorId":"A00012345","shipmentBoxIds":[${BOX_A},${BOX_B},${BOX_C}]}`);
    expect(req.headers.Authorization).toBe(expectedAuthorization('PUT', req.url));
    expect(result.items).toEqual([
      { id: BOX_A, ok: true, code: 'OK' },
      { id: BOX_B, ok: false, code: 'INVALID_STATUS', message: '배송상태를 변경할 수 없습니다.', retryRequired: false },
      { id: BOX_C, ok: false, code: 'NO_RESULT', retryRequired: false },
    ]);
  });

  it('splits more than 50 ids into several calls', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => String(642538971006400000n + BigInt(i)));
    const { client, requests } = testClient(() => ({
      body: '{"code":200,"data":{"responseCode":0,"responseList":[]}}',
    }));
    const result = await client.orders.acknowledge(ids);
    expect(requests).toHaveLength(3);
    expect(requests.map((r) => (r.body!.match(/\d{18}/g) ?? []).length)).toEqual([50, 50, 20]);
    expect(result.items).toHaveLength(120);
  });

  it('keeps earlier chunk results when a later chunk fails', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => String(642538971006400000n + BigInt(i)));
    const { client } = testClient((_req, index) =>
      index === 0
        ? {
            body: `{"code":200,"data":{"responseCode":0,"responseList":[{"shipmentBoxId":${ids[0]},"succeed":true,"resultCode":"OK"}]}}`,
          }
        : { status: 429, body: '{"code":"ERROR","message":"Too Many Requests"}' },
    );
    const result = await client.orders.acknowledge(ids);
    expect(result.items[0]).toEqual({ id: ids[0], ok: true, code: 'OK' });
    expect(result.items[55]).toMatchObject({
      id: ids[55],
      ok: false,
      code: 'REQUEST_RATELIMITED',
      retryRequired: true,
    });
  });
});

describe('invoices', () => {
  it('uploads invoices with bare-number ids and normalizes per-item results', async () => {
    const { client, requests } = testClient(() => ({ body: INVOICE_RESULT }));
    const result = await client.orders.uploadInvoices([
      {
        shipmentBoxId: BOX_A,
        orderId: ORDER_A,
        vendorItemId: '87654321012',
        courierCode: 'CJGLS',
        trackingNumber: '123456789012',
      },
      {
        shipmentBoxId: BOX_B,
        orderId: ORDER_A,
        vendorItemId: '87654321013',
        courierCode: 'HYUNDAI',
        trackingNumber: '1234567890',
      },
    ]);
    const req = requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe(`${BASE_URL}/v2/providers/openapi/apis/api/v4/vendors/A00012345/orders/invoices`);
    expect(req.body).toBe(
      `{"vendorId":"A00012345","orderSheetInvoiceApplyDtos":[` +
        `{"shipmentBoxId":${BOX_A},"orderId":${ORDER_A},"vendorItemId":87654321012,"deliveryCompanyCode":"CJGLS",` +
        `"invoiceNumber":"123456789012","splitShipping":false,"preSplitShipped":false,"estimatedShippingDate":""},` +
        `{"shipmentBoxId":${BOX_B},"orderId":${ORDER_A},"vendorItemId":87654321013,"deliveryCompanyCode":"HYUNDAI",` +
        `"invoiceNumber":"1234567890","splitShipping":false,"preSplitShipped":false,"estimatedShippingDate":""}]}`,
    );
    expect(result.items).toEqual([
      { id: BOX_A, ok: true, code: 'OK' },
      // PERMISSION_DENIED is documented as "(retry)"; the item lacked retryRequired.
      { id: BOX_B, ok: false, code: 'PERMISSION_DENIED', message: '권한 없음', retryRequired: true },
    ]);
  });

  it('updates invoices on the update route and never retries the write on a 500', async () => {
    const { client, requests } = testClient(() => ({
      status: 500,
      body: '{"code":"ERROR","message":"internal exception"}',
    }));
    const error = await client.orders
      .updateInvoices([
        { shipmentBoxId: BOX_A, orderId: ORDER_A, vendorItemId: '1', courierCode: 'X', trackingNumber: '1' },
      ])
      .catch((e) => e);
    expect(error).toBeInstanceOf(CoupangApiError);
    expect(error.kind).toBe('server');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toContain('/orders/updateInvoices');
  });

  it('builds an invoice input from a DomainOrder', async () => {
    const { client } = testClient(() => ({ body: `{"code":200,"data":${ordersheetV5({ status: 'INSTRUCT' })}}` }));
    const order = await client.orders.getByShipmentBoxId(BOX_A);
    expect(invoiceForOrder(order, 'CJGLS', '123456789012')).toEqual({
      shipmentBoxId: BOX_A,
      orderId: ORDER_A,
      vendorItemId: '87654321012',
      courierCode: 'CJGLS',
      trackingNumber: '123456789012',
    });
  });
});

describe('seller cancel', () => {
  it('reports per vendorItemId which items failed', async () => {
    const { client, requests } = testClient(() => ({
      body: `{"code":"200","message":"OK","data":{"orderId":${ORDER_A},"failedVendorItemIds":[222],
        "receiptMap":{"111":{"receiptId":9001,"receiptType":"CANCEL","vendorItemIds":[111],"totalCount":1}}}}`,
    }));
    const result = await client.orders.cancelOrder({
      orderId: ORDER_A,
      vendorItemIds: ['111', '222'],
      receiptCounts: [1, 1],
      userId: 'wing-user',
      reason: 'CCTTER',
    });
    expect(JSON.parse(requests[0]!.body!)).toMatchObject({ bigCancelCode: 'CANERR', middleCancelCode: 'CCTTER' });
    expect(requests[0]!.body).toContain(`"orderId":${ORDER_A}`);
    expect(result.items).toEqual([
      { id: '111', ok: true },
      { id: '222', ok: false, code: 'CANCEL_FAILED' },
    ]);
  });
});
