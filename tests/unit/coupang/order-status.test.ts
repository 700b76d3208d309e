import { ALIBABA_STATUS, allowedActions, COUPANG_STATUS, statusRow } from '@/utils/domain/order-status';

describe('order status tables', () => {
  it('maps each Coupang status to its work state and next action', () => {
    expect(statusRow('coupang', 'ACCEPT')).toMatchObject({ workState: 'new', actions: ['acknowledge'] });
    expect(statusRow('coupang', 'INSTRUCT')).toMatchObject({ workState: 'toShip', actions: ['uploadInvoice'] });
    expect(statusRow('coupang', 'DEPARTURE')).toMatchObject({
      workState: 'awaitingPickup',
      actions: ['updateInvoice'],
    });
    expect(statusRow('coupang', 'FINAL_DELIVERY')).toMatchObject({
      workState: 'delivered',
      actions: ['updateInvoice'],
    });
    expect(Object.keys(COUPANG_STATUS).filter((s) => statusRow('coupang', s).preShipment)).toEqual([
      'ACCEPT',
      'INSTRUCT',
    ]);
  });

  it('treats an unknown or inherited name as "other" with no action', () => {
    expect(statusRow('coupang', 'SOMETHING_NEW')).toEqual({ workState: 'other', preShipment: false, actions: [] });
    expect(statusRow('alibaba', 'constructor').workState).toBe('other');
  });

  it('never offers a Coupang action on a 1688 order', () => {
    for (const status of Object.keys(ALIBABA_STATUS))
      for (const workState of ['new', 'toShip', 'cancelRequested'] as const)
        expect(allowedActions({ marketplace: 'alibaba', marketStatus: status, workState }), status).toEqual([]);
  });

  it('a pending buyer cancel allows only stop-shipment; a cancelled order nothing', () => {
    expect(allowedActions({ marketplace: 'coupang', marketStatus: 'INSTRUCT', workState: 'cancelRequested' })).toEqual([
      'stopShipment',
    ]);
    expect(allowedActions({ marketplace: 'coupang', marketStatus: 'ACCEPT', workState: 'cancelled' })).toEqual([]);
  });
});
