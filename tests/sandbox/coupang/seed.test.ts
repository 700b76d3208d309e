import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../sandbox/core/context';
import { ORDER_STATUSES } from '../../../sandbox/coupang/data/model';
import { seedStore } from '../../../sandbox/coupang/data/seed';
import { orderStatus } from '../../../sandbox/coupang/orders/state';
import { VendorRegistry } from '../../../sandbox/coupang/vendors';
import { ordersheetsTarget, setup, V5 } from './helpers';

describe('seeded data', () => {
  it('is deterministic for a seed', () => {
    const a = setup({ seed: 42, orders: 500 });
    const b = setup({ seed: 42, orders: 500 });
    const c = setup({ seed: 43, orders: 500 });
    expect(a.facts.samples).toEqual(b.facts.samples);
    expect(a.facts.samples.shipmentBoxId).not.toBe(c.facts.samples.shipmentBoxId);
  });

  // How fast it seeds is a figure for the bench, not an assertion (a loaded machine would fail it).
  it('seeds 100,000 orders per vendor and serves them', async () => {
    const registry = new VendorRegistry();
    const store = seedStore(registry, { seed: 1, orders: 100_000 }, Date.now(), DEFAULT_SETTINGS);
    expect(store.vendors.map((v) => v.orders.length)).toEqual([100_000, 100_000, 100_000]);
    const now = Date.now();
    const counts = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0]));
    for (const o of store.vendors[0].orders) counts[orderStatus(o, now, DEFAULT_SETTINGS)]++;
    for (const s of ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'])
      expect(counts[s]).toBeGreaterThan(100);

    const { ctx, vendorA, call, module } = setup({ seed: 1, orders: 100_000 });
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT', '', 20));
    expect(res.json.data).toHaveLength(50);
    const id = module.describe().samples.shipmentBoxId;
    expect((await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${id}`)).status).toBe(200);
  });

  it('looks realistic: Korean recipients, 050x safe numbers, 5-digit postcodes, customs codes on cross-border boxes', async () => {
    const { ctx, vendorB, call, control } = setup({ seed: 2, orders: 400 });
    await control('PUT', `/vendors/${vendorB.vendorId}/allowlist`, { allowsLocalIp: true });
    const res = await call(vendorB, 'GET', ordersheetsTarget(ctx, vendorB.vendorId, 'FINAL_DELIVERY', '', 20));
    const boxes = res.json.data;
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes) {
      expect(box.receiver.name).toMatch(/^[가-힣]{2,4}$/);
      expect(box.receiver.safeNumber).toMatch(/^\+8250[2-5]\d{8}$/);
      expect(box.receiver.addr1).toMatch(/^(서울특별시|경기도|부산광역시) /);
      expect(box.receiver.postCode).toMatch(/^\d{5}$/);
    }
    const crossBorder = boxes.filter((b: { orderItems: Array<{ sellerProductName: string }> }) =>
      b.orderItems.some((i) => i.sellerProductName.startsWith('[해외직구]')),
    );
    expect(crossBorder.length).toBeGreaterThan(0);
    for (const box of crossBorder) expect(box.overseaShippingInfoDto.personalCustomsClearanceCode).toMatch(/^P\d{12}$/);
  });
});
