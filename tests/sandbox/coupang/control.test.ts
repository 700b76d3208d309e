import { describe, expect, it } from 'vitest';
import { kstDay, setup, V5 } from './helpers';

describe('Coupang control routes', () => {
  it('lists the demo vendors with their keys and allowlists', async () => {
    const { control } = setup();
    const res = await control('GET', '/vendors');
    expect(res.json.map((v: { vendorId: string }) => v.vendorId)).toEqual(['A00012345', 'A00054321', 'A00067890']);
    expect(res.json.map((v: { allowsLocalIp: boolean }) => v.allowsLocalIp)).toEqual([true, false, true]);
    expect(res.json[0].wingUserId).toBe('crossdock_demo');
  });

  it('adds an ACCEPT order that the API lists, with ids as strings', async () => {
    const { vendorA, call, control } = setup();
    const created = await control('POST', '/orders', { vendorId: vendorA.vendorId });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'ACCEPT', vendorId: vendorA.vendorId });
    expect(created.json.shipmentBoxId).toMatch(/^\d{18}$/);
    const read = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${created.json.shipmentBoxId}`);
    expect(read.json.data.status).toBe('ACCEPT');
    expect(String(read.json.data.orderId)).toBe(created.json.orderId);
  });

  it('patches the product name verbatim (markup included) and reports order state', async () => {
    const { facts, vendorA, call, control } = setup();
    const payload = '<img src=x onerror=alert(1)>';
    const patched = await control('PATCH', `/orders/${facts.samples.shipmentBoxId}`, { productName: payload });
    expect(patched.json.productName).toBe(payload);
    const read = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${facts.samples.shipmentBoxId}`);
    expect(read.json.data.orderItems[0].sellerProductName).toBe(payload);
    expect(read.json.data.orderItems[0].vendorItemName.startsWith(payload)).toBe(true);
    const state = await control('GET', `/orders/${facts.samples.shipmentBoxId}`);
    expect(state.json).toMatchObject({ status: 'ACCEPT', canceled: false, cancelRequested: false });
    expect((await control('GET', '/orders/1')).status).toBe(404);
  });

  it('refuses a second buyer cancel on a box with an open request', async () => {
    const { vendorA, control } = setup();
    const created = await control('POST', '/orders', { vendorId: vendorA.vendorId });
    expect((await control('POST', `/orders/${created.json.shipmentBoxId}/cancel-request`)).status).toBe(200);
    expect((await control('POST', `/orders/${created.json.shipmentBoxId}/cancel-request`)).status).toBe(409);
  });
});

describe('Coupang control: revenue totals', () => {
  it('sums exactly what revenue-history pages answer over the same range', async () => {
    const { ctx, vendorA, call, control } = setup({ seed: 9, orders: 3000 });
    const from = kstDay(ctx, 20);
    const to = kstDay(ctx, 1);
    const base = `/v2/providers/openapi/apis/api/v1/revenue-history?vendorId=${vendorA.vendorId}&recognitionDateFrom=${from}&recognitionDateTo=${to}&maxPerPage=50`;
    let sale = 0;
    let settlement = 0;
    let lines = 0;
    let token = '';
    for (;;) {
      const page = await call(vendorA, 'GET', `${base}&token=${token}`);
      for (const r of page.json.data) {
        lines++;
        settlement += r.deliveryFee.settlementAmount;
        for (const i of r.items) {
          sale += i.saleAmount;
          settlement += i.settlementAmount;
        }
      }
      if (!page.json.hasNext) break;
      token = page.json.nextToken;
    }
    const totals = await control('GET', `/revenue-totals?vendorId=${vendorA.vendorId}&from=${from}&to=${to}`);
    expect(lines).toBeGreaterThan(50);
    expect(totals.json).toMatchObject({ lines, totals: { sale, settlement } });
    expect(totals.json.people.length).toBeGreaterThan(0);
    expect((await control('GET', '/revenue-totals?vendorId=nobody&from=x&to=y')).status).toBe(400);
  });
});
