import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

/** Claims in the sandbox (issue 14): counts per Wing tab, withdraw, and the manual pickup invoice. */

const V4 = '/v2/providers/openapi/apis/api/v4/vendors';
const kst = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);

describe('Coupang claims controls and routes', () => {
  it('counts returns per Wing tab; a withdrawn one leaves the list and shows in the withdraw history', async () => {
    const { ctx, vendorA, call, control } = setup({ seed: 7, orders: 400 });
    const now = ctx.clock.now();
    const range = `vendorId=${vendorA.vendorId}&from=${kst(now - 29 * 86_400_000)}&to=${kst(now)}`;
    const before = (await control('GET', `/claims/counts?${range}`)).json;
    const { returns } = (await control('GET', `/claims?${range}`)).json;
    const target = returns.find((r: { tab: string }) => r.tab === 'awaitingGoods');
    expect(target).toBeTruthy();
    expect((await control('POST', `/returns/${target.receiptId}/withdraw`)).json.tab).toBe('withdrawn');
    const after = (await control('GET', `/claims/counts?${range}`)).json;
    expect(after.awaitingGoods).toBe(before.awaitingGoods - 1);
    expect(after.withdrawn).toBe(before.withdrawn + 1);
    expect((await control('POST', `/returns/${target.receiptId}/withdraw`)).status).toBe(409);
    const history = await call(
      vendorA,
      'GET',
      `${V4}/${vendorA.vendorId}/returnWithdrawRequests?dateFrom=${kst(now - 6 * 86_400_000)}&dateTo=${kst(now)}&pageIndex=1&sizePerPage=100`,
    );
    expect(history.json.data.map((w: { cancelId: number }) => String(w.cancelId))).toContain(target.receiptId);
  });

  it('registers a manual pickup invoice on a return awaiting its goods, and refuses a finished one', async () => {
    const { ctx, vendorA, call, control } = setup({ seed: 7, orders: 400 });
    const now = ctx.clock.now();
    const range = `vendorId=${vendorA.vendorId}&from=${kst(now - 29 * 86_400_000)}&to=${kst(now)}`;
    const { returns } = (await control('GET', `/claims?${range}`)).json;
    const open = returns.find(
      (r: { receiptStatus: string; releaseStatus: string }) => r.receiptStatus === 'RETURNS_UNCHECKED',
    );
    const done = returns.find((r: { receiptStatus: string }) => r.receiptStatus === 'RETURNS_COMPLETED');
    const body = (receiptId: string) => ({
      vendorId: vendorA.vendorId,
      returnExchangeDeliveryType: 'RETURN',
      receiptId: Number(receiptId),
      deliveryCompanyCode: 'HANJIN',
      invoiceNumber: '987654321098',
      regNumber: '',
    });
    const ok = await call(
      vendorA,
      'POST',
      `${V4}/${vendorA.vendorId}/return-exchange-invoices/manual`,
      body(open.receiptId),
    );
    expect(ok.status).toBe(200);
    expect((await control('GET', `/returns/${open.receiptId}`)).json.pickup).toEqual({
      deliveryCompanyCode: 'HANJIN',
      deliveryInvoiceNo: '987654321098',
    });
    const refused = await call(
      vendorA,
      'POST',
      `${V4}/${vendorA.vendorId}/return-exchange-invoices/manual`,
      body(done.receiptId),
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('RETURNS_COMPLETED');
  });
});
