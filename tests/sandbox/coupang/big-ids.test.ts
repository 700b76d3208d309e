import { describe, expect, it } from 'vitest';
import { ordersheetsTarget, setup, V5 } from './helpers';

describe('18-digit shipmentBoxId on the wire', () => {
  it('is written as a bare JSON number that JSON.parse corrupts', async () => {
    const { ctx, facts, vendorA, call } = setup();
    const id = facts.samples.shipmentBoxId;
    expect(id).toMatch(/^\d{18}$/);
    const res = await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${id}`);
    expect(res.text).toContain(`"shipmentBoxId":${id},`);
    expect(res.text).not.toContain(`"${id}"`);
    const naive = JSON.parse(res.text);
    expect(String(naive.data.shipmentBoxId)).not.toBe(id);
    expect(res.json.data.shipmentBoxId).toBe(BigInt(id));

    const list = await call(vendorA, 'GET', ordersheetsTarget(ctx, vendorA.vendorId, 'FINAL_DELIVERY', '', 20));
    for (const box of JSON.parse(list.text).data) expect(Number.isSafeInteger(box.shipmentBoxId)).toBe(false);
  });

  it('finds no box for an id that went through JSON.parse and back', async () => {
    const { facts, vendorA, call } = setup();
    const corrupted = JSON.stringify(Number(facts.samples.shipmentBoxId));
    expect(corrupted).not.toBe(facts.samples.shipmentBoxId);
    const res = await call(
      vendorA,
      'PUT',
      `/v2/providers/openapi/apis/api/v4/vendors/${vendorA.vendorId}/ordersheets/acknowledgement`,
      `{"vendorId":"${vendorA.vendorId}","shipmentBoxIds":[${corrupted}]}`,
    );
    expect(res.json.data.responseList[0].resultCode).toBe('NOT_FOUND_SHIPMENT_BOX');
  });
});
