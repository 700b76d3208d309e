import { describe, expect, it } from 'vitest';
import { lookUpBoxes } from '../../../utils/background/coupang/orders/box-lookup';
import { BOX_A, BOX_B, BOX_C, listBody, ordersheetV5 } from './fixtures';
import { testClient } from './stub-fetch';

const ORDERED_AT = '2025-07-15T10:20:30+09:00';

/** Reconciling unsettled Coupang writes must be cheap (issue 18: ~37 single reads per write). */
describe('looking up the boxes of unsettled writes', () => {
  it('one list read of the status an applied write leads to covers many boxes', async () => {
    const { client, requests } = testClient((req) =>
      req.url.includes('/ordersheets?')
        ? { body: listBody([BOX_A, BOX_B, BOX_C].map((box) => ordersheetV5({ box, status: 'INSTRUCT' }))) }
        : { status: 404, body: '{"code":404,"message":"not expected"}' },
    );
    const boxes = [BOX_A, BOX_B, BOX_C].map((shipmentBoxId) => ({ shipmentBoxId, orderedAt: ORDERED_AT }));
    const { found, reads } = await lookUpBoxes(client.orders, boxes, 'INSTRUCT');
    expect([...found.keys()].sort()).toEqual([BOX_A, BOX_B, BOX_C].sort());
    expect(reads).toBe(1);
    expect(requests).toHaveLength(1);
    // The window is the boxes' order day, a day either side, in the documented v5 form.
    expect(requests[0]!.url).toContain('createdAtFrom=2025-07-14%2B09%3A00&createdAtTo=2025-07-16%2B09%3A00');
    expect(requests[0]!.url).toContain('status=INSTRUCT');
  });

  it('reads one by one only the boxes the list did not hold (not applied, or not cached)', async () => {
    const { client, requests } = testClient((req) =>
      req.url.includes('/ordersheets?')
        ? { body: listBody([ordersheetV5({ box: BOX_A, status: 'INSTRUCT' })]) }
        : { body: `{"code":200,"message":"OK","data":${ordersheetV5({ box: BOX_B, status: 'ACCEPT' })}}` },
    );
    const { found, reads } = await lookUpBoxes(
      client.orders,
      [
        { shipmentBoxId: BOX_A, orderedAt: ORDERED_AT },
        { shipmentBoxId: BOX_B, orderedAt: ORDERED_AT },
      ],
      'INSTRUCT',
    );
    expect(found.get(BOX_A)?.marketStatus).toBe('INSTRUCT');
    expect(found.get(BOX_B)?.marketStatus).toBe('ACCEPT');
    expect(reads).toBe(2);
    expect(requests.map((r) => new URL(r.url).pathname.endsWith(BOX_B))).toEqual([false, true]);
  });
});
