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
    const { found, reads } = await lookUpBoxes(client.orders, boxes, ['INSTRUCT', 'ACCEPT']);
    expect([...found.keys()].sort()).toEqual([BOX_A, BOX_B, BOX_C].sort());
    expect(reads).toBe(1);
    expect(requests).toHaveLength(1);
    // The window is the boxes' order day, a day either side, in the documented v5 form.
    expect(requests[0]!.url).toContain('createdAtFrom=2025-07-14%2B09%3A00&createdAtTo=2025-07-16%2B09%3A00');
    expect(requests[0]!.url).toContain('status=INSTRUCT');
  });

  it('a box not applied is met in the next status list; only a box in neither is read alone', async () => {
    const { client, requests } = testClient((req) => {
      const url = new URL(req.url);
      if (url.searchParams.get('status') === 'INSTRUCT') {
        return { body: listBody([ordersheetV5({ box: BOX_A, status: 'INSTRUCT' })]) };
      }
      if (url.searchParams.get('status') === 'ACCEPT') {
        return { body: listBody([ordersheetV5({ box: BOX_B, status: 'ACCEPT' })]) };
      }
      return { body: `{"code":200,"message":"OK","data":${ordersheetV5({ box: BOX_C, status: 'DEPARTURE' })}}` };
    });
    const { found, reads } = await lookUpBoxes(
      client.orders,
      [BOX_A, BOX_B, BOX_C].map((shipmentBoxId) => ({ shipmentBoxId, orderedAt: ORDERED_AT })),
      ['INSTRUCT', 'ACCEPT'],
    );
    expect(found.get(BOX_A)?.marketStatus).toBe('INSTRUCT');
    expect(found.get(BOX_B)?.marketStatus).toBe('ACCEPT');
    expect(found.get(BOX_C)?.marketStatus).toBe('DEPARTURE');
    expect(reads).toBe(3);
    expect(requests.map((r) => new URL(r.url).pathname.endsWith(BOX_C))).toEqual([false, false, true]);
  });

  it('reads a single box directly', async () => {
    const { client, requests } = testClient(() => ({
      body: `{"code":200,"message":"OK","data":${ordersheetV5({ box: BOX_A, status: 'INSTRUCT' })}}`,
    }));
    const { reads } = await lookUpBoxes(
      client.orders,
      [{ shipmentBoxId: BOX_A, orderedAt: ORDERED_AT }],
      ['INSTRUCT', 'ACCEPT'],
    );
    expect(reads).toBe(1);
    expect(new URL(requests[0]!.url).pathname.endsWith(BOX_A)).toBe(true);
  });
});
