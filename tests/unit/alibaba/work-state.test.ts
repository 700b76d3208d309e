import { describe, expect, it } from 'vitest';
import { workStateOf } from '../../../utils/background/alibaba/orders/work-state';

describe('1688 status → workState', () => {
  it.each([
    ['waitbuyerpay', 'seller', 'other'],
    ['waitsellersend', 'seller', 'new'],
    ['waitsellersend', 'buyer', 'toShip'],
    ['waitlogisticstakein', 'seller', 'toShip'],
    ['waitbuyerreceive', 'seller', 'inTransit'],
    ['waitbuyersign', 'buyer', 'inTransit'],
    ['signinsuccess', 'seller', 'delivered'],
    ['confirm_goods', 'seller', 'delivered'],
    ['success', 'buyer', 'delivered'],
    ['cancel', 'seller', 'cancelled'],
    ['terminated', 'buyer', 'cancelled'],
    ['somethingnew', 'seller', 'other'],
  ] as const)('%s (%s) → %s', (status, role, expected) => {
    expect(workStateOf(status, role)).toBe(expected);
  });

  it('a pending refund before shipping is a cancel request', () => {
    expect(workStateOf('waitsellersend', 'seller', 'waitselleragree')).toBe('cancelRequested');
    expect(workStateOf('waitsellersend', 'seller', 'refundclose')).toBe('new');
    expect(workStateOf('waitbuyerreceive', 'seller', 'waitselleragree')).toBe('inTransit');
  });
});
