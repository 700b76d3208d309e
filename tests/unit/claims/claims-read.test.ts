import { describe, expect, it } from 'vitest';
import { toExchangeRow } from '../../../utils/background/coupang/exchanges/mapping';
import { readExchanges } from '../../../utils/background/coupang/exchanges/sync';
import { toReturnRow } from '../../../utils/background/coupang/returns/mapping';
import { readReturns } from '../../../utils/background/coupang/returns/sync';
import { SeenLog } from '../../../utils/background/store/snapshot-kind';
import { type RecordedRequest, testClient } from '../coupang/stub-fetch';

/** Claims read through the signed client (stubbed fetch): windows, paging, stitching, mapping. */

const ACCOUNT = 'coupang:A00012345';
const BIG_BOX = '642538971006401429';
const NEW_BOX = '642538971006409999';
const call = { priority: 'normal' as const };
const query = (r: RecordedRequest) => new URL(r.url).searchParams;

function exchange(id: number, createdAt: string, more = '') {
  return `{"exchangeId":${id},"orderId":20000000012345,"exchangeStatus":"PROGRESS","collectStatus":"CompleteCollect",
    "collectCompleteDate":"2025-07-10T10:00:00","reasonCode":"DAMAGED","reasonCodeText":"파손","faultType":"VENDOR",
    "createdAt":"${createdAt}","exchangeItemDtoV1s":[{"orderItemId":1,"targetItemId":87654321012,"quantity":1,
    "originalShipmentBoxId":${BIG_BOX},"targetItemName":"티셔츠"}],
    "exchangeAddressDtoV1":{"deliveryCustomerName":"김민수","deliveryMobile":"0502-1234-5678",
      "deliveryAddressZipCode":"06236","deliveryAddress":"서울특별시 강남구 테헤란로 1","deliveryAddressDetail":"101호",
      "returnCustomerName":"김민수","returnAddress":"서울"}${more}}`;
}

describe('exchanges: 7-day windows stitched', () => {
  it('reads 30 days in five ≤7-day windows with paging and keeps each exchange once', async () => {
    const { client, requests } = testClient((req) => {
      const q = query(req);
      const from = q.get('createdAtFrom')!;
      if (from === '2025-06-17T00:00:00' && !q.get('nextToken'))
        return { body: `{"code":200,"data":[${exchange(1, '2025-06-18T09:00:00')}],"nextToken":"50"}` };
      if (from === '2025-06-17T00:00:00')
        return { body: `{"code":200,"data":[${exchange(2, '2025-06-19T09:00:00')}],"nextToken":""}` };
      // The same exchange again in a later window (a re-listing): kept once.
      if (from === '2025-07-08T00:00:00')
        return {
          body: `{"code":200,"data":[${exchange(2, '2025-06-19T09:00:00')},${exchange(3, '2025-07-09T09:00:00')}]}`,
        };
      return { body: '{"code":200,"data":[],"nextToken":""}' };
    });
    const seen = new SeenLog(() => 1);
    const got = await readExchanges(client, ACCOUNT, { from: '2025-06-17', to: '2025-07-16' }, call, seen);
    // Each exchange's arrival is logged (a re-read that lands after it wins over it).
    expect([...seen.at.keys()].sort()).toEqual(['1', '2', '3']);
    const windows = requests
      .filter((r) => !query(r).get('nextToken'))
      .map((r) => [query(r).get('createdAtFrom'), query(r).get('createdAtTo')])
      // The windows are read concurrently through the vendor's queue: which one asks first is not the point.
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(windows).toEqual([
      ['2025-06-17T00:00:00', '2025-06-23T23:59:59'],
      ['2025-06-24T00:00:00', '2025-06-30T23:59:59'],
      ['2025-07-01T00:00:00', '2025-07-07T23:59:59'],
      ['2025-07-08T00:00:00', '2025-07-14T23:59:59'],
      ['2025-07-15T00:00:00', '2025-07-16T23:59:59'],
    ]);
    expect(requests).toHaveLength(6);
    expect(got.map((x) => x.exchangeId)).toEqual(['3', '2', '1']);
  });

  it('takes the new box from deliveryInvoiceGroupDtos, never the original box; masks the address for the view', async () => {
    const groups = `,"deliveryInvoiceGroupDtos":[{"shipmentBoxId":${BIG_BOX},"deliveryInvoiceDtos":[]},
      {"shipmentBoxId":${NEW_BOX},"deliveryInvoiceDtos":[]}]`;
    const { client } = testClient(() => ({
      body: `{"code":200,"data":[${exchange(7, '2025-07-15T09:00:00', groups)}],"nextToken":""}`,
    }));
    const [x] = await readExchanges(client, ACCOUNT, { from: '2025-07-15', to: '2025-07-16' }, call);
    expect(x!.newShipmentBoxId).toBe(NEW_BOX);
    expect(x!.items[0]!.originalShipmentBoxId).toBe(BIG_BOX);
    expect(x!.delivery?.name).toBe('김민수');
    const row = toExchangeRow(x!);
    expect(row.actions).toEqual(['reject', 'uploadInvoice']);
    expect(row.delivery?.name).not.toBe('김민수');
    expect(row.delivery?.address).not.toContain('테헤란로 1');
    expect(row.orderKey).toBe(`coupang:A00012345:${BIG_BOX}`);
    // Collected 2025-07-10 10:00 KST: the replacement is due by the end of the next KST day.
    expect(row.deadline).toBe('2025-07-11T23:59:59+09:00');
    // The return-side address is never parsed.
    expect(JSON.stringify(x)).not.toContain('returnCustomerName');
  });
});

function receipt(id: number, status: string, more = '') {
  return `{"receiptId":${id},"orderId":20000000012345,"receiptType":"RETURN","receiptStatus":"${status}",
    "createdAt":"2025-07-15T09:00:00+09:00","modifiedAt":"2025-07-15T10:00:00+09:00","requesterName":"이서연",
    "requesterAddress":"서울특별시","cancelReasonCategory1":"고객변심","reasonCodeText":"단순 변심","faultByType":"CUSTOMER",
    "cancelCountSum":2,"returnShippingCharge":{"currencyCode":"KRW","units":-5000,"nanos":0},
    "returnItems":[{"vendorItemId":87654321012,"vendorItemName":"티셔츠","cancelCount":2,"purchaseCount":2,
      "shipmentBoxId":${BIG_BOX},"releaseStatus":"Y"}],"returnDeliveryDtos":[]${more}}`;
}

describe('returns: every status, then the withdraw history', () => {
  it('lists RU, UC, PR, CC once each per window, keeps a receipt once, marks withdrawn ones with their last details', async () => {
    const { client, requests } = testClient((req) => {
      const q = query(req);
      if (req.url.includes('/returnWithdrawRequests')) {
        if (q.get('dateFrom') === '2025-07-08')
          return {
            body: `{"code":200,"data":[{"cancelId":3,"orderId":20000000012345,"createdAt":"2025-07-14T11:00:00",
              "refundDeliveryDuty":"CUSTOMER","vendorItemIds":[87654321012]}],"nextPageIndex":""}`,
          };
        return { body: '{"code":200,"data":[],"nextPageIndex":""}' };
      }
      const status = q.get('status');
      if (status === 'UC')
        return {
          body: `{"code":200,"data":[${receipt(1, 'RETURNS_UNCHECKED')},${receipt(2, 'VENDOR_WAREHOUSE_CONFIRM')}]}`,
        };
      if (status === 'CC') return { body: `{"code":200,"data":[${receipt(4, 'RETURNS_COMPLETED')}]}` };
      return { body: '{"code":200,"data":[],"nextToken":""}' };
    });
    const known = new Map([
      [
        '3',
        {
          accountKey: ACCOUNT,
          receiptId: '3',
          orderId: '20000000012345',
          receiptType: 'RETURN',
          receiptStatus: 'RETURNS_UNCHECKED',
          reason: '사이즈',
          items: [{ vendorItemId: '87654321012', name: '티셔츠', cancelCount: 1 }],
          cancelCount: 1,
        },
      ],
    ]);
    const got = await readReturns(client, ACCOUNT, { from: '2025-06-17', to: '2025-07-16' }, known, call);
    const lists = requests.filter((r) => r.url.includes('/returnRequests?'));
    expect(lists.map((r) => query(r).get('status')).sort()).toEqual(['CC', 'PR', 'RU', 'UC']);
    expect(lists.every((r) => query(r).get('createdAtFrom') === '2025-06-17')).toBe(true);
    const withdraws = requests.filter((r) => r.url.includes('/returnWithdrawRequests'));
    // The windows are fetched side by side, so they may reach Coupang in any order: each one once.
    const windows = withdraws.map((r) => [query(r).get('dateFrom'), query(r).get('dateTo')]);
    expect(windows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2025-06-17', '2025-06-23'],
      ['2025-06-24', '2025-06-30'],
      ['2025-07-01', '2025-07-07'],
      ['2025-07-08', '2025-07-14'],
      ['2025-07-15', '2025-07-16'],
    ]);
    const rows = new Map(got.map((c) => [c.receiptId, toReturnRow(c)]));
    expect([...rows.keys()].sort()).toEqual(['1', '2', '3', '4']);
    expect(rows.get('1')!.tab).toBe('received');
    expect(rows.get('2')!.tab).toBe('awaitingApproval');
    expect(rows.get('4')!.tab).toBe('done');
    expect(rows.get('3')!.tab).toBe('withdrawn');
    expect(rows.get('3')!.reason).toBe('사이즈');
    expect(rows.get('1')!.shippingPaidBy).toBe('buyer');
    expect(rows.get('1')!.returnShippingCharge).toBe(-5000);
    expect(rows.get('1')!.cancelCount).toBe(2);
    expect(rows.get('1')!.orderKey).toBe(`coupang:A00012345:${BIG_BOX}`);
    // Requester data is never parsed into a claim.
    expect(JSON.stringify(got)).not.toMatch(/이서연|서울특별시/);
  });
});
