import { describe, expect, it } from 'vitest';
import { setup, V5 } from './helpers';

describe('Coupang control: cross-border items and customs codes (issue 17)', () => {
  it('lists items with their overseas flag, and plants a malformed or missing customs code on an order', async () => {
    const { vendorA, call, control } = setup();
    const items = (await control('GET', `/items?vendorId=${vendorA.vendorId}`)).json as {
      vendorItemId: string;
      overseas: boolean;
    }[];
    const overseas = items.find((i) => i.overseas);
    expect(overseas).toBeTruthy();
    const created = await control('POST', '/orders', {
      vendorId: vendorA.vendorId,
      vendorItemId: overseas!.vendorItemId,
    });
    const box = created.json.shipmentBoxId as string;
    const read = async () =>
      (await call(vendorA, 'GET', `${V5}/${vendorA.vendorId}/ordersheets/${box}`)).json.data.overseaShippingInfoDto
        .personalCustomsClearanceCode;
    expect(await read()).toMatch(/^P\d{12}$/);
    await control('PATCH', `/orders/${box}`, { customsCode: 'P12345' });
    expect(await read()).toBe('P12345');
    await control('PATCH', `/orders/${box}`, { customsCode: null });
    expect(await read()).toBeNull();
  });
});
