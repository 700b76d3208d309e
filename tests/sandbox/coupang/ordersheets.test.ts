import { describe, expect, it } from 'vitest';
import { kstDay, ordersheetsTarget, setup, V4, V5 } from './helpers';

describe('ordersheet list', () => {
  it('pages with nextToken through every box exactly once, honouring maxPerPage', async () => {
    const { ctx, vendorA, call } = setup({ seed: 3, orders: 2000 });
    for (const status of ['ACCEPT', 'INSTRUCT', 'FINAL_DELIVERY']) {
      const seen = new Set<bigint>();
      let token = '';
      let pages = 0;
      do {
        const res = await call(
          vendorA,
          'GET',
          ordersheetsTarget(ctx, vendorA.vendorId, status, `&maxPerPage=7${token ? `&nextToken=${token}` : ''}`, 20),
        );
        expect(res.status).toBe(200);
        expect(res.json.code).toBe(200);
        expect(res.json.data.length).toBeLessThanOrEqual(7);
        for (const box of res.json.data) {
          expect(box.status).toBe(status);
          expect(seen.has(box.shipmentBoxId)).toBe(false);
          seen.add(box.shipmentBoxId);
        }
        token = res.json.nextToken;
        pages++;
      } while (token);
      expect(seen.size).toBeGreaterThan(7);
      expect(pages).toBe(Math.ceil(seen.size / 7));
    }
  });

  it('caps maxPerPage at 50 and defaults to 50', async () => {
    const { ctx, vendorA, call } = setup({ seed: 3, orders: 4000 });
    const big = await call(
      vendorA,
      'GET',
      ordersheetsTarget(ctx, vendorA.vendorId, 'FINAL_DELIVERY', '&maxPerPage=500', 20),
    );
    expect(big.json.data).toHaveLength(50);
    expect(big.json.nextToken).not.toBe('');
    const dflt = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'FINAL_DELIVERY', '', 20));
    expect(dflt.json.data).toHaveLength(50);
  });

  it('refuses windows over 31 days with the documented 400', async () => {
    const { ctx, vendorA, call } = setup();
    const ok = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT', '', 31));
    expect(ok.status).toBe(200);
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'ACCEPT', '', 32));
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ code: 400, message: 'endTime-startTime range should less than31.' });
  });

  it('requires status and the +09:00 offset on v5 (a raw "+" arrives as a space)', async () => {
    const { ctx, vendorA, call } = setup();
    const base = `${V5}/${vendorA.vendorId}/ordersheets`;
    const noStatus = await call(
      vendorA,
      'GET',
      `${base}?createdAtFrom=${kstDay(ctx, 2)}%2B09:00&createdAtTo=${kstDay(ctx)}%2B09:00`,
    );
    expect(noStatus.status).toBe(400);
    // Signed and sent with a literal "+": the signature is fine, the date is not.
    const rawPlus = await call(
      vendorA,
      'GET',
      `${base}?createdAtFrom=${kstDay(ctx, 2)}+09:00&createdAtTo=${kstDay(ctx)}+09:00&status=ACCEPT`,
    );
    expect(rawPlus.status).toBe(400);
    const noOffset = await call(
      vendorA,
      'GET',
      `${base}?createdAtFrom=${kstDay(ctx, 2)}&createdAtTo=${kstDay(ctx)}&status=ACCEPT`,
    );
    expect(noOffset.status).toBe(400);
  });

  it('serves v4 with plain-number money, offset-less times and domestic phone numbers', async () => {
    const { ctx, vendorA, call } = setup();
    const res = await call(
      vendorA,
      'GET',
      `${V4}/${vendorA.vendorId}/ordersheets?createdAtFrom=${kstDay(ctx, 20)}&createdAtTo=${kstDay(ctx)}&status=FINAL_DELIVERY`,
    );
    expect(res.status).toBe(200);
    const box = res.json.data[0];
    expect(typeof box.shippingPrice).toBe('number');
    expect(typeof box.orderItems[0].salesPrice).toBe('number');
    expect(box.orderedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(box.receiver.safeNumber).toMatch(/^050\d-\d{4}-\d{4}$/);
  });

  it('writes v5 times in KST with microseconds and money as objects', async () => {
    const { ctx, vendorA, call } = setup();
    const res = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'FINAL_DELIVERY', '', 20));
    const box = res.json.data[0];
    expect(box.orderedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+09:00$/);
    expect(box.shippingPrice).toEqual({ currencyCode: 'KRW', units: expect.any(Number), nanos: 0 });
    expect(box.receiver.safeNumber).toMatch(/^\+82\d+$/);
    expect(box.receiver.postCode).toMatch(/^\d{5}$/);
    expect(box.deliveredDate).toMatch(/\+09:00$/);
  });

  it('returns everything in a ≤24 h window for searchType=timeFrame, and refuses wider', async () => {
    const { ctx, vendorA, call } = setup();
    const base = `${V5}/${vendorA.vendorId}/ordersheets?searchType=timeFrame&status=ACCEPT`;
    const ok = await call(
      vendorA,
      'GET',
      `${base}&createdAtFrom=${kstDay(ctx, 1)}T00:00%2B09:00&createdAtTo=${kstDay(ctx, 0)}T00:00%2B09:00`,
    );
    expect(ok.status).toBe(200);
    const wide = await call(
      vendorA,
      'GET',
      `${base}&createdAtFrom=${kstDay(ctx, 2)}T00:00%2B09:00&createdAtTo=${kstDay(ctx, 0)}T00:00%2B09:00`,
    );
    expect(wide.status).toBe(400);
  });

  it('gets one box by shipmentBoxId (data object) and all boxes of an order (data array)', async () => {
    const { facts, vendorA, call } = setup();
    const { shipmentBoxId, orderId } = facts.samples;
    const byBox = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${shipmentBoxId}`);
    expect(byBox.status).toBe(200);
    expect(byBox.json.code).toBe('200');
    expect(byBox.json.data.shipmentBoxId).toBe(BigInt(shipmentBoxId));
    const byOrder = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/${orderId}/ordersheets`);
    expect(Array.isArray(byOrder.json.data)).toBe(true);
    expect(byOrder.json.data[0].orderId).toBe(Number(orderId));
    const v4 = await call(vendorA, 'GET', `${V4}/${vendorA.vendorId}/ordersheets/${shipmentBoxId}`);
    expect(typeof v4.json.data.shippingPrice).toBe('number');
    const unknown = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/642538970999999999`);
    expect(unknown.status).toBe(400);
  });

  it("does not show another vendor's box", async () => {
    const { facts, vendorC, call } = setup();
    const res = await call(vendorC, 'GET', `${V5}/${vendorC.vendorId}/ordersheets/${facts.samples.shipmentBoxId}`);
    expect(res.status).toBe(400);
  });
});
