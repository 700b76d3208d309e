import { describe, expect, it } from 'vitest';
import { checkCustomsCode } from '../../../utils/background/crossborder/flow/customs';
import { splitByWeight } from '../../../utils/background/crossborder/flow/planner';
import { flowStateOf } from '../../../utils/background/crossborder/flow/state';
import type { OrderLink } from '../../../utils/background/crossborder/links/order-links';

const link = (patch: Partial<OrderLink> = {}): OrderLink => ({
  orderKey: 'coupang:A1:1',
  alibabaAccountKey: 'alibaba:b1',
  lines: [],
  createdAt: 0,
  ...patch,
});

describe('checkCustomsCode', () => {
  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['P123456789012', 'ok'],
    ['p123456789012', 'ok'],
    ['P12345678901', 'malformed'],
    ['Q123456789012', 'malformed'],
    ['P1234567890123', 'malformed'],
  ] as const)('%s → %s', (code, want) => {
    expect(checkCustomsCode(code)).toBe(want);
  });
});

describe('flowStateOf', () => {
  const paid = { workState: 'toShip' as const };
  it('walks the stages from the furthest fact', () => {
    expect(flowStateOf(paid, undefined, {}, false)).toBe('toPurchase');
    expect(flowStateOf(paid, link({ idempotencyKey: 'k' }), { createState: 'sending' }, false)).toBe('toPay');
    expect(flowStateOf(paid, link({ idempotencyKey: 'k' }), { createState: 'failed' }, false)).toBe('toPurchase');
    const unpaid = { marketStatus: 'waitbuyerpay', workState: 'other' as const };
    expect(flowStateOf(paid, link(), { order: unpaid }, false)).toBe('toPay');
    const shipped = { marketStatus: 'waitbuyerreceive', workState: 'inTransit' as const };
    expect(flowStateOf(paid, link(), { order: shipped }, false)).toBe('supplierShipping');
    expect(flowStateOf(paid, link({ arrivedAt: 1 }), { order: shipped }, false)).toBe('atForwarder');
    const signed = { marketStatus: 'success', workState: 'delivered' as const };
    expect(flowStateOf(paid, link(), { order: signed }, false)).toBe('atForwarder');
    const tracking = { courierCode: 'CJGLS', trackingNumber: '1234' };
    expect(flowStateOf(paid, link({ forwarderTracking: tracking }), { order: signed }, false)).toBe('readyToShip');
    expect(flowStateOf(paid, link({ forwarderTracking: tracking }), {}, true)).toBe('invoiceUploaded');
    expect(flowStateOf({ workState: 'inTransit' }, link(), {}, false)).toBe('invoiceUploaded');
  });
  it('a closed 1688 order puts the Coupang order back to purchase', () => {
    expect(flowStateOf(paid, link(), { order: { marketStatus: 'cancel', workState: 'cancelled' } }, false)).toBe(
      'toPurchase',
    );
  });
});

describe('splitByWeight', () => {
  it('sums exactly to the total, the remainder on the last share', () => {
    expect(splitByWeight(1000, [1, 1, 1])).toEqual([333, 333, 334]);
    expect(splitByWeight(800, [4560, 0])).toEqual([800, 0]);
    expect(splitByWeight(7, [0, 0])).toEqual([0, 7]);
  });
});
