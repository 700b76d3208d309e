import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCoupangClient } from '../../../utils/background/coupang/api/client';
import { CoupangApiError } from '../../../utils/background/coupang/api/errors';
import { createCoupangQueue } from '../../../utils/background/coupang/api/queue';
import { RequestQueue } from '../../../utils/background/net/request-queue';
import {
  BOX_A,
  gatewayError,
  listBody,
  ORDER_A,
  OUTBOUND_PLACES,
  ordersheetV5,
  RETURN_RU,
  RG_ORDERS,
  SETTLEMENT_HISTORIES,
} from './fixtures';
import { BASE_URL, CREDENTIALS, NOW, stubFetch, testClient } from './stub-fetch';

afterEach(() => {
  vi.useRealTimers();
});

describe('verifyCredentials', () => {
  it('makes one cheap signed ordersheet call for today (KST) and reports ok', async () => {
    const { client, requests } = testClient(() => ({ body: listBody([]) }));
    await expect(client.verifyCredentials()).resolves.toEqual({ ok: true, checkedAt: NOW });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toContain('/vendors/A00012345/ordersheets?');
    expect(requests[0]!.url).toContain(
      'createdAtFrom=2025-07-15%2B09%3A00&createdAtTo=2025-07-16%2B09%3A00&maxPerPage=1',
    );
  });

  it('returns the classified error for each connection failure', async () => {
    const cases: Array<[number, string, Record<string, string>, string]> = [
      [401, gatewayError('Invalid signature.'), {}, 'invalidSignature'],
      [
        401,
        gatewayError('Specified signature is expired.'),
        { Date: 'Wed, 16 Jul 2025 00:58:00 GMT' },
        'signatureExpired',
      ],
      [403, gatewayError('Not allowed IP'), {}, 'ipNotAllowed'],
      [401, gatewayError('Unknown error occurred, please contact api-gateway channel'), {}, 'unknownAccessKey'],
      [400, gatewayError("params's vendorId not equals gateway's vendorId!"), {}, 'vendorMismatch'],
      [429, gatewayError('Too Many Requests'), {}, 'rateLimited'],
    ];
    for (const [status, body, headers, kind] of cases) {
      const { client } = testClient(() => ({ status, body, headers }));
      const result = await client.verifyCredentials();
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.kind).toBe(kind);
      if (kind === 'signatureExpired') expect(result.error.clockSkewSeconds).toBe(120);
      // No Retry-After: the queue's default 60 s block (on the queue's own clock).
      if (kind === 'rateLimited') expect(result.error.blockedUntil).toBeGreaterThan(Date.now() + 59_000);
    }
  });
});

describe('transport behaviour', () => {
  it('signs each attempt afresh and retries a read after a network failure', async () => {
    let t = NOW;
    const { fetch, requests } = stubFetch((_req, i) =>
      i === 0 ? new TypeError('Failed to fetch') : { body: listBody([]) },
    );
    const client = createCoupangClient({
      baseUrl: BASE_URL,
      credentials: CREDENTIALS,
      fetch,
      now: () => (t += 1000),
      queue: createCoupangQueue({ ratePerSecond: 1000, burst: 10, retry: { baseMs: 1, maxMs: 1, jitter: 0 } }),
    });
    await client.orders.list({ status: 'INSTRUCT', createdAtFrom: '2025-07-01', createdAtTo: '2025-07-02' });
    expect(requests).toHaveLength(2);
    expect(requests[0]!.headers.Authorization).not.toBe(requests[1]!.headers.Authorization);
  });

  it('reports a body that fails its schema with route and field, without the value', async () => {
    const bad = ordersheetV5({ itemsJson: '[{"vendorItemId":1,"shippingCount":"lots","salesPrice":100}]' });
    const { client } = testClient(() => ({ body: listBody([bad]) }));
    const error = await client.orders
      .list({ status: 'ACCEPT', createdAtFrom: '2025-07-01', createdAtTo: '2025-07-02' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(CoupangApiError);
    expect(error.kind).toBe('schema');
    expect(error.field).toBe('data[0].orderItems[0].shippingCount');
    expect(error.route).toBe('GET /v2/providers/openapi/apis/api/v5/vendors/{vendorId}/ordersheets');
    expect(error.message).not.toContain('lots');
  });

  it('treats HTTP 200 with an error envelope as a failure', async () => {
    const { client } = testClient(() => ({ body: '{"code":"ERROR","message":"Invalid vendor ID"}' }));
    const error = await client.products.get('13579246').catch((e) => e);
    expect(error.kind).toBe('vendorMismatch');
    expect(error.route).toBe('GET /v2/providers/seller_api/apis/api/v1/marketplace/seller-products/{sellerProductId}');
  });

  it('reports a truncated body as a schema error of the body and re-reads it', async () => {
    const { client, requests } = testClient((_r, i) => ({
      body: i === 0 ? '{"code":200,"data":[{"shipm' : listBody([]),
    }));
    await client.orders.list({ status: 'ACCEPT', createdAtFrom: '2025-07-01', createdAtTo: '2025-07-02' });
    expect(requests).toHaveLength(2);
  });

  it('after a 429 refuses further calls without sending them until the block ends', async () => {
    const { client, requests } = testClient(() => ({ status: 429, body: gatewayError('Too Many Requests') }));
    const first = await client.logistics.listOutboundPlaces().catch((e) => e);
    expect(first.kind).toBe('rateLimited');
    const second = await client.orders.getByShipmentBoxId(BOX_A).catch((e) => e);
    expect(second).toBeInstanceOf(CoupangApiError);
    expect(second.kind).toBe('rateLimited');
    expect(second.notProcessed).toBe(true);
    expect(second.blockedUntil).toBe(client.queue.getState().blockedUntil);
    expect(requests).toHaveLength(1);
  });

  it('maps a queue timeout to kind timeout', async () => {
    vi.useFakeTimers();
    const { fetch } = stubFetch(() => new Promise(() => {}));
    const client = createCoupangClient({
      baseUrl: BASE_URL,
      credentials: CREDENTIALS,
      fetch,
      now: () => NOW,
      timeoutMs: 2_000,
      queue: createCoupangQueue({ retry: { maxAttempts: 1 } }),
    });
    const p = client.orders.getByShipmentBoxId(BOX_A).catch((e) => e);
    await vi.advanceTimersByTimeAsync(2_000);
    const error = await p;
    expect(error.kind).toBe('timeout');
    expect(error.params.timeoutMs).toBe(2_000);
  });

  it('requires a queue with the Rocket Growth lane', () => {
    expect(() =>
      createCoupangClient({
        baseUrl: BASE_URL,
        credentials: CREDENTIALS,
        fetch: globalThis.fetch,
        now: Date.now,
        queue: new RequestQueue({ ratePerSecond: 5 }),
      }),
    ).toThrow(/createCoupangQueue/);
  });
});

describe('other API groups', () => {
  it('outbound shipping places: bare envelope, code as string', async () => {
    const { client, requests } = testClient(() => ({ body: OUTBOUND_PLACES }));
    const page = await client.logistics.listOutboundPlaces({ pageSize: 10 });
    expect(requests[0]!.url).toBe(
      `${BASE_URL}/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound?pageNum=1&pageSize=10`,
    );
    expect(page.items[0]).toMatchObject({
      outboundShippingPlaceCode: '74010',
      shippingPlaceName: '본사 창고',
      usable: true,
    });
    expect(page.pagination?.totalElements).toBe(1);
  });

  it('stop-shipment requests (RU) and the stop-shipment answer', async () => {
    const { client, requests } = testClient((req) =>
      req.method === 'GET' ? { body: RETURN_RU } : { body: '{"code":200,"message":"OK"}' },
    );
    const page = await client.returns.list({ createdAtFrom: '2025-07-10', createdAtTo: '2025-07-16', status: 'RU' });
    const receipt = page.returns[0]!;
    expect(receipt).toMatchObject({
      receiptId: '365937',
      orderId: ORDER_A,
      receiptStatus: 'RELEASE_STOP_UNCHECKED',
      cancelCountSum: 2,
    });
    expect(receipt.returnItems[0]!.shipmentBoxId).toBe(BOX_A);
    expect(receipt.createdAt).toBe('2025-07-16T09:00:00+09:00');
    expect(JSON.stringify(receipt)).not.toContain('이서연'); // requester PII stripped
    await client.returns.stopShipment(receipt.receiptId, receipt.cancelCountSum!);
    const put = requests[1]!;
    expect(put.method).toBe('PUT');
    expect(put.url).toBe(
      `${BASE_URL}/v2/providers/openapi/apis/api/v4/vendors/A00012345/returnRequests/365937/stoppedShipment`,
    );
    expect(put.body).toBe('{"vendorId":"A00012345","receiptId":365937,"cancelCount":2}');
  });

  it('exchange invoice body is an array with the new shipmentBoxId as a bare number', async () => {
    const { client, requests } = testClient(() => ({ body: '{"code":200,"message":"OK","data":null}' }));
    await client.exchanges.uploadInvoice({
      exchangeId: '1001',
      shipmentBoxId: BOX_A,
      courierCode: 'CJGLS',
      trackingNumber: '123456789012',
    });
    expect(requests[0]!.body).toBe(
      `[{"exchangeId":1001,"vendorId":"A00012345","shipmentBoxId":${BOX_A},"goodsDeliveryCode":"CJGLS","invoiceNumber":"123456789012"}]`,
    );
  });

  it('settlement histories: bare array, bank details stripped', async () => {
    const { client } = testClient(() => ({ body: SETTLEMENT_HISTORIES }));
    const rows = await client.settlement.settlementHistories('2025-06');
    expect(rows[0]).toMatchObject({ settlementType: 'MONTHLY', finalAmount: { currency: 'KRW', minor: 780500 } });
    expect(JSON.stringify(rows)).not.toContain('국민은행');
  });

  it('revenue history sends an empty token on the first page and refuses today', async () => {
    const { client, requests } = testClient(() => ({
      body: '{"code":200,"message":"OK","data":[],"hasNext":false,"nextToken":""}',
    }));
    const page = await client.settlement.revenueHistory({ from: '2025-07-01', to: '2025-07-15' });
    expect(page).toEqual({ items: [] });
    expect(requests[0]!.url).toContain('&token=&maxPerPage=50');
    await expect(client.settlement.revenueHistory({ from: '2025-07-01', to: '2025-07-16' })).rejects.toThrow(
      RangeError,
    );
  });

  it('Rocket Growth orders: compact dates, epoch-ms paidAt to KST, own 50/min lane', async () => {
    const { client, requests } = testClient(() => ({ body: RG_ORDERS }));
    const page = await client.rocketGrowth.listOrders({ from: '2025-07-01', to: '2025-07-15' });
    expect(requests[0]!.url).toContain('/rg/orders?paidDateFrom=20250701&paidDateTo=20250715');
    expect(page.orders[0]).toMatchObject({ orderId: ORDER_A, paidAt: '2025-07-15T10:21:00+09:00' });
    expect(page.orders[0]!.orderItems[0]!.unitSalesPrice).toEqual({ currency: 'KRW', minor: 12900 });
  });

  it('product price must be in 10-won units; stock and price go to their paths', async () => {
    const { client, requests } = testClient(() => ({ body: '{"code":"SUCCESS","message":"OK"}' }));
    expect(() => client.products.setPrice('3000000001', 12345)).toThrow(RangeError);
    await client.products.setPrice('3000000001', 12340, true);
    await client.products.setStock('3000000001', 7);
    expect(requests.map((r) => `${r.method} ${r.url.slice(BASE_URL.length)}`)).toEqual([
      'PUT /v2/providers/seller_api/apis/api/v1/marketplace/vendor-items/3000000001/prices/12340?forceSalePriceUpdate=true',
      'PUT /v2/providers/seller_api/apis/api/v1/marketplace/vendor-items/3000000001/quantities/7',
    ]);
  });

  it('CS replies normalize line breaks and enforce 2–1000 characters', async () => {
    const { client, requests } = testClient(() => ({ body: '{"code":200,"message":"OK"}' }));
    await client.cs.replyOnlineInquiry({
      inquiryId: '555',
      content: '안녕하세요.\r\n재입고 예정입니다.',
      replyBy: 'wing-user',
    });
    expect(JSON.parse(requests[0]!.body!).content).toBe('안녕하세요.\n재입고 예정입니다.');
    await expect(client.cs.replyOnlineInquiry({ inquiryId: '555', content: 'x', replyBy: 'u' })).rejects.toThrow(
      RangeError,
    );
  });

  it('category prediction is a POST retried like a read', async () => {
    const { client, requests } = testClient((_r, i) =>
      i === 0
        ? { status: 503, body: '' }
        : {
            body: '{"code":200,"data":{"autoCategorizationPredictionResultType":"SUCCESS","predictedCategoryId":"63950","predictedCategoryName":"티셔츠"}}',
          },
    );
    const prediction = await client.categories.predict({ productName: '오가닉 코튼 티셔츠' });
    expect(prediction.predictedCategoryId).toBe('63950');
    expect(requests).toHaveLength(2);
  });
});
