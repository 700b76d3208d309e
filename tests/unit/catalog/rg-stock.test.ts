import { setImmediate } from 'node:timers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rgInventoryResponse } from '../../../utils/background/coupang/rocket-growth/schemas';
import { daysOfCover, needsReorder, stockRows } from '../../../utils/background/coupang/rocket-growth/stock';
import { testClient } from '../coupang/stub-fetch';

afterEach(() => {
  vi.useRealTimers();
});

describe('Rocket Growth days of cover and the reorder flag', () => {
  it('days of cover = stock ÷ (30-day sales ÷ 30), one decimal; none when nothing sold', () => {
    expect(daysOfCover(100, 30)).toBe(100);
    expect(daysOfCover(10, 90)).toBe(3.3);
    expect(daysOfCover(0, 5)).toBe(0);
    expect(daysOfCover(50, 0)).toBeUndefined();
  });

  it('flags items under the threshold, never items that do not sell', () => {
    expect(needsReorder(13, 30, 14)).toBe(true);
    expect(needsReorder(14, 30, 14)).toBe(false);
    expect(needsReorder(0, 0, 14)).toBe(false);
    expect(needsReorder(0, 1, 14)).toBe(true);
  });

  it('lists items to reorder first, fewest days first', () => {
    const rows = stockRows(
      [
        { vendorItemId: '3', stock: 500, sales30: 10 },
        { vendorItemId: '1', stock: 5, sales30: 30 },
        { vendorItemId: '2', stock: 0, sales30: 0 },
        { vendorItemId: '4', stock: 1, sales30: 60 },
      ],
      14,
    );
    expect(rows.map((r) => [r.vendorItemId, r.reorder, r.daysOfCover])).toEqual([
      ['4', true, 0.5],
      ['1', true, 5],
      ['3', false, 1500],
      ['2', false, undefined],
    ]);
  });
});

describe('Rocket Growth inventory answers', () => {
  it('reads the seller SKU as text and missing counts as absent', () => {
    const body = rgInventoryResponse.parse({
      code: 200,
      message: 'SUCCESS',
      data: [
        {
          vendorId: 'A00012345',
          vendorItemId: 32425960011,
          externalSkuId: 'SKU-2390921010-1',
          inventoryDetails: { totalOrderableQuantity: 12 },
          salesCountMap: { SALES_COUNT_LAST_THIRTY_DAYS: 30 },
        },
        { vendorItemId: '32425960021', externalSkuId: null, inventoryDetails: null, salesCountMap: null },
      ],
      nextToken: '50',
    });
    expect(body.data.map((i) => [i.vendorItemId, i.externalSkuId, i.inventoryDetails?.totalOrderableQuantity])).toEqual(
      [
        ['32425960011', 'SKU-2390921010-1', 12],
        ['32425960021', undefined, undefined],
      ],
    );
    expect(body.nextToken).toBe('50');
  });
});

describe('the Rocket Growth lane of the vendor queue', () => {
  it('a 60-page inventory walk never sends more than 50 calls in any minute (fake timers)', async () => {
    // Only the queue's clock is faked: request signing (WebCrypto) runs on real time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const at: number[] = [];
    const page = (token: number) =>
      JSON.stringify({
        code: 200,
        message: 'SUCCESS',
        data: [{ vendorItemId: String(1000 + token), inventoryDetails: { totalOrderableQuantity: 1 } }],
        ...(token < 59 ? { nextToken: String(token + 1) } : {}),
      });
    // The production queue: 8/s, 45/min on the Rocket Growth lane.
    const { client } = testClient(
      (req) => {
        at.push(Date.now());
        return { body: page(Number(new URL(req.url).searchParams.get('nextToken') ?? 0)) };
      },
      { ratePerSecond: 8, burst: 1 },
    );
    const walk = (async () => {
      let token: string | undefined;
      let pages = 0;
      do {
        const got = await client.rocketGrowth.inventorySummaries(token ? { nextToken: token } : {});
        pages++;
        token = got.nextToken;
      } while (token);
      return pages;
    })();
    let pages: number | undefined;
    void walk.then((n) => {
      pages = n;
    });
    // The fake clock moves only while the walk waits on the queue's clock (nothing in flight, a call
    // queued). While a request is signed and answered on real time it stands still: advancing it then
    // made a slow first signing (a loaded CI machine) look like seconds of fake time, and the first
    // arrival came long after the lane had counted it.
    // Under the test's own 20 s timeout, so a walk that never ends fails on `pages` below, not on time.
    const deadline = performance.now() + 15_000;
    while (pages === undefined && performance.now() < deadline) {
      const { inFlight, queued } = client.queue.getState();
      if (inFlight === 0 && queued > 0) await vi.advanceTimersToNextTimerAsync();
      await new Promise((r) => setImmediate(r));
    }
    expect(pages).toBe(60);
    let worst = 0;
    for (const t of at) worst = Math.max(worst, at.filter((u) => u >= t && u < t + 60_000).length);
    expect(worst).toBeLessThanOrEqual(50);
    // It is the lane that paces the walk: at 8/s alone the 46th call would leave ~5.6 s after the
    // first; it waits for the first to leave the minute.
    expect(at[45]! - at[0]!).toBeGreaterThanOrEqual(60_000);
  });
});
