import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CoreServices } from '@/utils/background/core/core';
import { kstDayStart } from '@/utils/background/coupang/api/kst';
import type { CoupangClients } from '@/utils/background/coupang/client-factory';
import { revenueHistoryResponse } from '@/utils/background/coupang/settlement/schemas';
import { SettlementService } from '@/utils/background/coupang/settlement/service';
import { closeDb } from '@/utils/background/store/db';

/** A revenue-history answer as Coupang sends it (ids as numbers, money as plain won). */
function wire(orderId: number, date: string, sale: number) {
  return {
    orderId,
    saleType: 'SALE',
    saleDate: date,
    recognitionDate: date,
    settlementDate: date,
    deliveryFee: { amount: 3000, fee: 90, feeVat: 9, feeRatio: 3, settlementAmount: 2901 },
    items: [
      {
        vendorItemId: 70001,
        productId: 80001,
        productName: '텀블러',
        salePrice: sale,
        quantity: 1,
        saleAmount: sale,
        coupangDiscountCoupon: 0,
        sellerDiscountCoupon: 500,
        downloadableCoupon: 0,
        serviceFee: Math.round(sale * 0.108),
        serviceFeeVat: Math.round(Math.round(sale * 0.108) / 10),
        serviceFeeRatio: 10.8,
        settlementAmount: sale - Math.round(sale * 0.108) - Math.round(Math.round(sale * 0.108) / 10) - 500,
      },
    ],
  };
}

function harness(now: number) {
  const calls: Array<{ from: string; to: string; token?: string }> = [];
  const client = {
    settlement: {
      async revenueHistory(p: { from: string; to: string; token?: string }) {
        calls.push({ from: p.from, to: p.to, token: p.token });
        // Two pages per window: a line on the first day, then one on the last.
        const body = revenueHistoryResponse.parse({
          code: 200,
          message: 'OK',
          data: [p.token ? wire(2, p.to, 20_000) : wire(1, p.from, 10_000)],
          hasNext: !p.token,
          nextToken: p.token ? '' : '1',
        });
        return { items: body.data, ...(p.token ? {} : { nextToken: '1' }) };
      },
    },
  };
  const core = {
    now: () => now,
    settings: { get: async () => ({ cache: { piiTtlMinutes: 30, referenceTtlHours: 24 } }) },
  } as unknown as CoreServices;
  const clients = { get: async () => client } as unknown as CoupangClients;
  return { service: new SettlementService(core, clients), calls };
}

describe('settlement service', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await closeDb();
    indexedDB.deleteDatabase('crossdock');
  });

  it('stitches a 60-day range from two windows ending yesterday (KST), every page, then serves it from the cache', async () => {
    // 2026-12-04 08:30 KST (still the 3rd in UTC): yesterday is the 3rd, KST.
    const now = kstDayStart('2026-12-04') + 8.5 * 3_600_000;
    const { service, calls } = harness(now);
    const got = await service.lines('coupang:A00012345', { from: '2026-10-05', to: '2026-12-04' });
    expect(got.range).toEqual({ from: '2026-10-05', to: '2026-12-03' });
    expect(calls).toEqual([
      { from: '2026-10-05', to: '2026-11-04', token: undefined },
      { from: '2026-10-05', to: '2026-11-04', token: '1' },
      { from: '2026-11-05', to: '2026-12-03', token: undefined },
      { from: '2026-11-05', to: '2026-12-03', token: '1' },
    ]);
    expect(got.lines.map((l) => [l.orderId, l.recognitionDate])).toEqual([
      ['1', '2026-10-05'],
      ['2', '2026-11-04'],
      ['1', '2026-11-05'],
      ['2', '2026-12-03'],
    ]);
    const item = got.lines[0].items[0];
    expect(item).toMatchObject({
      vendorItemId: '70001',
      sale: 10_000,
      serviceFee: 1080,
      serviceFeeVat: 108,
      sellerDiscount: 500,
    });
    expect(got.lines[0].delivery).toEqual({ amount: 3000, fee: 90, feeVat: 9, settlement: 2901 });

    const again = await service.lines('coupang:A00012345', { from: '2026-10-20', to: '2026-11-20' });
    expect(calls).toHaveLength(4);
    expect(again.lines.map((l) => l.recognitionDate)).toEqual(['2026-11-04', '2026-11-05']);

    await service.lines('coupang:A00012345', { from: '2026-11-20', to: '2026-11-21' }, { refresh: true });
    expect(calls).toHaveLength(6);
  });
});
