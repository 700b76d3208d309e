import { describe, expect, it } from 'vitest';
import { returnOfBox } from '../../../utils/background/coupang/claims/box-return';
import type { DomainOrder } from '../../../utils/domain/order';
import { NOW, testClient } from '../coupang/stub-fetch';

/** Why a box vanished: the return that took it back, read by its order with one list call. */

const BOX = '642538971006401429';
const order = { shipmentId: BOX, orderId: '20000000012345', orderedAt: '2025-07-01T10:00:00+09:00' } as DomainOrder;
const receipt = (releaseStatus: string, status = 'RETURNS_COMPLETED') =>
  `{"code":200,"data":[{"receiptId":77,"orderId":20000000012345,"receiptType":"RETURN","receiptStatus":"${status}",
    "returnItems":[{"vendorItemId":1,"cancelCount":1,"shipmentBoxId":${BOX},"releaseStatus":"${releaseStatus}"}]}]}`;

describe('returnOfBox', () => {
  it('finds the return that took a shipped box back, listing by order from the order date', async () => {
    const { client, requests } = testClient(() => ({ body: receipt('Y') }));
    const got = await returnOfBox('coupang:A00099999', order, client, NOW, {});
    expect(got?.receiptId).toBe('77');
    expect(requests).toHaveLength(1);
    const q = new URL(requests[0]!.url).searchParams;
    expect([q.get('orderId'), q.get('createdAtFrom'), q.get('createdAtTo')]).toEqual([
      '20000000012345',
      '2025-07-01',
      '2025-07-16',
    ]);
  });

  it('a stop before shipping is a cancellation, not a return', async () => {
    const { client } = testClient(() => ({ body: receipt('S') }));
    expect(await returnOfBox('coupang:A00099998', order, client, NOW, {})).toBeUndefined();
  });
});
