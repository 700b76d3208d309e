import { expect, test } from './fixtures';
import {
  localVendors,
  openClaim,
  openClaims,
  refreshClaims,
  runAction,
  type SandboxExchange,
  sandboxClaims,
  send,
} from './support/claims';

/**
 * Exchanges in the claims area against the sandbox (issue 14): receipt confirmation, the
 * replacement invoice refused until collection is complete and Coupang has issued the new box
 * (sandbox clock), then accepted against that new shipmentBoxId; rejection with a reason; the
 * replacement address masked with a timed reveal.
 */

test.setTimeout(240_000);

test('the replacement invoice waits for the new box, then goes on the new box, never the original', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  await control.reset({ orders: 400 });
  const [v] = localVendors(control);
  const panel = await openClaims(openExtensionPage, [v!]);
  const target = (await sandboxClaims(control, v!.vendorId)).exchanges.find((x) => x.status === 'RECEIPT');
  expect(target, 'an exchange waiting for receipt confirmation').toBeTruthy();
  const readBack = () => control.call<SandboxExchange>('GET', `/coupang/exchanges/${target!.exchangeId}`);

  // 입고확인: collected, but the new box is not there yet.
  let row = await openClaim(panel, 'exchange', 'exchange-id', target!.exchangeId);
  await expect(row.getByTestId('exchange-invoice-block')).toHaveAttribute('data-block', 'notReceived');
  const result = await runAction(panel, row, 'confirmReceipt');
  await expect(result).toHaveAttribute('data-state', 'succeeded');
  let x = await readBack();
  expect([x.status, x.collectStatus, x.newBoxVisible]).toEqual(['PROGRESS', 'CompleteCollect', false]);
  await expect(row.getByTestId('exchange-invoice-block')).toHaveAttribute('data-block', 'noNewBox');
  await expect(row.getByTestId('claim-action-uploadInvoice')).toHaveCount(0);
  await panel.screenshot({ path: testInfo.outputPath('claims-exchange-ko-light.png'), fullPage: true });

  // Asked anyway (a stale page, a script): refused before anything is sent.
  const refused = await send<{ items: Array<{ state: string; result?: { code?: string } }> }>(
    panel,
    'claims.exchangeAction',
    {
      accountKey: `coupang:${v!.vendorId}`,
      exchangeId: target!.exchangeId,
      action: 'uploadInvoice',
      courierCode: 'CJGLS',
      trackingNumber: '123456789012',
    },
  );
  expect(refused.data?.items[0]?.result?.code).toBe('EXCHANGE_INVOICE_noNewBox');
  expect((await readBack()).invoice).toBeNull();

  // The sandbox clock passes the new box's issue; one refresh finds it.
  await control.advanceClock(11 * 60_000);
  await refreshClaims(panel);
  row = panel.locator(`[data-testid=claim-row][data-exchange-id="${target!.exchangeId}"]`);
  if (!(await row.getByTestId('claim-detail').isVisible())) await row.locator('.claim-head').click();
  await expect(row.getByTestId('exchange-new-box')).toHaveText(x.newShipmentBoxId);
  expect(x.newShipmentBoxId).not.toBe(x.originalShipmentBoxId);
  await row.getByTestId('claim-action-uploadInvoice').click();
  await row.getByTestId('claim-courier').selectOption('CJGLS');
  await row.getByTestId('claim-tracking').fill('5555-6666-7777');
  await row.getByTestId('claim-submit').click();
  await expect(panel.getByTestId('claim-result')).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
  x = await readBack();
  expect(x.invoice).toEqual({ goodsDeliveryCode: 'CJGLS', invoiceNumber: '555566667777' });
  expect(x.status).toBe('SUCCESS');
});

test('reject with a reason; the replacement address is masked until a timed reveal', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  await control.reset({ orders: 400 });
  const [v] = localVendors(control);
  const panel = await openClaims(openExtensionPage, [v!]);
  const target = (await sandboxClaims(control, v!.vendorId)).exchanges.find((x) => x.status === 'RECEIPT');
  expect(target).toBeTruthy();
  const row = await openClaim(panel, 'exchange', 'exchange-id', target!.exchangeId);

  const address = row.getByTestId('exchange-address-text');
  const masked = await address.textContent();
  expect(masked).toContain('*');
  await row.getByTestId('reveal').click();
  await expect(row.getByTestId('exchange-address')).toHaveAttribute('data-revealed', 'true');
  await expect(row.getByTestId('reveal-countdown')).toBeVisible();
  expect(await address.textContent()).not.toBe(masked);
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: testInfo.outputPath('claims-exchange-ko-dark.png'), fullPage: true });
  await row.getByTestId('hide').click();
  await expect(address).toHaveText(masked!);

  await row.getByTestId('claim-action-reject').click();
  await row.getByTestId('claim-reject-reason').selectOption('SOLDOUT');
  await row.getByTestId('claim-submit').click();
  await expect(panel.getByTestId('claim-result')).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
  const x = await control.call<SandboxExchange>('GET', `/coupang/exchanges/${target!.exchangeId}`);
  expect([x.status, x.rejectCode]).toEqual(['REJECT', 'SOLDOUT']);
  await expect(panel.getByTestId('claim-current-state')).toHaveText('현재 상태: 교환거부');
});
