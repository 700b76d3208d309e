import { describe, expect, it } from 'vitest';
import { checkCustomsCode } from '../../../utils/background/crossborder/flow/customs';
import { splitByWeight } from '../../../utils/background/crossborder/flow/planner';
import { flowStateOf } from '../../../utils/background/crossborder/flow/state';
import type { OrderLink, PurchaseLink } from '../../../utils/background/crossborder/links/order-links';

/** An order link with one purchase (filling the whole order); `forwarderTracking` is the order's. */
const link = (patch: Partial<PurchaseLink> & Pick<Partial<OrderLink>, 'forwarderTracking'> = {}): OrderLink => {
  const { forwarderTracking, ...purchase } = patch;
  return {
    orderKey: 'coupang:A1:1',
    purchases: [{ alibabaAccountKey: 'alibaba:b1', lines: [], createdAt: 0, ...purchase }],
    ...(forwarderTracking ? { forwarderTracking } : {}),
    createdAt: 0,
  };
};

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
    expect(flowStateOf(paid, undefined, [{}], ['L1'], false)).toBe('toPurchase');
    expect(flowStateOf(paid, link({ idempotencyKey: 'k' }), [{ createState: 'sending' }], ['L1'], false)).toBe('toPay');
    expect(flowStateOf(paid, link({ idempotencyKey: 'k' }), [{ createState: 'failed' }], ['L1'], false)).toBe(
      'toPurchase',
    );
    const unpaid = { marketStatus: 'waitbuyerpay', workState: 'other' as const };
    expect(flowStateOf(paid, link(), [{ order: unpaid }], ['L1'], false)).toBe('toPay');
    const shipped = { marketStatus: 'waitbuyerreceive', workState: 'inTransit' as const };
    expect(flowStateOf(paid, link(), [{ order: shipped }], ['L1'], false)).toBe('supplierShipping');
    expect(flowStateOf(paid, link({ arrivedAt: 1 }), [{ order: shipped }], ['L1'], false)).toBe('atForwarder');
    const signed = { marketStatus: 'success', workState: 'delivered' as const };
    expect(flowStateOf(paid, link(), [{ order: signed }], ['L1'], false)).toBe('atForwarder');
    const tracking = { courierCode: 'CJGLS', trackingNumber: '1234' };
    expect(flowStateOf(paid, link({ forwarderTracking: tracking }), [{ order: signed }], ['L1'], false)).toBe(
      'readyToShip',
    );
    expect(flowStateOf(paid, link({ forwarderTracking: tracking }), [{}], ['L1'], true)).toBe('invoiceUploaded');
    expect(flowStateOf({ workState: 'inTransit' }, link(), [{}], ['L1'], false)).toBe('invoiceUploaded');
  });
  it('a closed 1688 order puts the Coupang order back to purchase', () => {
    expect(
      flowStateOf(paid, link(), [{ order: { marketStatus: 'cancel', workState: 'cancelled' } }], ['L1'], false),
    ).toBe('toPurchase');
  });
});

describe('splitByWeight', () => {
  it('sums exactly to the total, the remainder on the last share', () => {
    expect(splitByWeight(1000, [1, 1, 1])).toEqual([333, 333, 334]);
    expect(splitByWeight(800, [4560, 0])).toEqual([800, 0]);
    expect(splitByWeight(7, [0, 0])).toEqual([0, 7]);
  });
});
