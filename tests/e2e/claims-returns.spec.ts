import { expect, test } from './fixtures';
import {
  last30DaysKst,
  localVendors,
  openClaim,
  openClaims,
  refreshClaims,
  runAction,
  type SandboxReturn,
  sandboxClaims,
  waitSynced,
} from './support/claims';

/**
 * Returns in the claims area against the sandbox (issue 14): Wing's tabs count what the sandbox
 * holds for two vendors over 30 days with no 429; each return action changes the sandbox and shows
 * its own result; a wrong-state action names the claim's state; a withdrawn return shows as such
 * after one sync.
 */

const TABS = [
  'stopRequested',
  'received',
  'awaitingGoods',
  'awaitingApproval',
  'coupangCheck',
  'done',
  'withdrawn',
  'exchange',
];

// A loaded 2-core machine reads every claim list of two vendors at Coupang's request rate.
test.setTimeout(240_000);

test('tab counts equal the sandbox for two vendors over 30 days, with no 429', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  await control.reset({ orders: 800 });
  const vendors = localVendors(control);
  expect(vendors.length).toBeGreaterThanOrEqual(2);
  const panel = await openClaims(openExtensionPage, vendors.slice(0, 2));
  const { from, to } = last30DaysKst();
  for (const [n, v] of vendors.slice(0, 2).entries()) {
    if (n > 0) {
      const before = (await panel.getByTestId('claims-status').getAttribute('data-synced')) ?? '';
      await panel.getByTestId('claims-account').selectOption(`coupang:${v.vendorId}`);
      await waitSynced(panel, before);
    }
    const want = await control.call<Record<string, number>>(
      'GET',
      `/coupang/claims/counts?vendorId=${v.vendorId}&from=${from}&to=${to}`,
    );
    expect(Object.values(want).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    for (const tab of TABS)
      await expect(panel.getByTestId(`claims-tab-${tab}`), `${v.vendorId} ${tab}`).toHaveAttribute(
        'data-count',
        String(want[tab]),
      );
    const counters = (await control.counters())[`coupang:${v.vendorId}`];
    expect(counters?.rateLimited ?? 0).toBe(0);
    expect(counters?.byRoute).toBeTruthy();
  }
  await panel.screenshot({ path: testInfo.outputPath('claims-ko-light.png'), fullPage: true });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: testInfo.outputPath('claims-ko-dark.png'), fullPage: true });
});

test('each return action changes the sandbox and shows its own result', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  await control.reset({ orders: 400 });
  const [v] = localVendors(control);
  const panel = await openClaims(openExtensionPage, [v!]);
  const claims = (await sandboxClaims(control, v!.vendorId)).returns;
  const pick = (tab: string, skip: string[] = []) => claims.find((r) => r.tab === tab && !skip.includes(r.receiptId));
  const readBack = (id: string) => control.call<SandboxReturn>('GET', `/coupang/returns/${id}`);

  // 입고확인, then 반품승인 with the quantity prefilled.
  const arriving = pick('awaitingGoods');
  expect(arriving, 'a return awaiting its goods').toBeTruthy();
  let row = await openClaim(panel, 'awaitingGoods', 'receipt-id', arriving!.receiptId);
  let result = await runAction(panel, row, 'confirmReceipt');
  await expect(result).toHaveAttribute('data-state', 'succeeded');
  expect((await readBack(arriving!.receiptId)).receiptStatus).toBe('VENDOR_WAREHOUSE_CONFIRM');
  await expect(panel.getByTestId('claim-current-state')).toHaveText(/승인 대기/);

  row = await openClaim(panel, 'awaitingApproval', 'receipt-id', arriving!.receiptId);
  await row.getByTestId('claim-action-approve').click();
  await expect(row.getByTestId('claim-count')).toHaveValue(String(arriving!.quantity));
  await panel.screenshot({ path: testInfo.outputPath('claims-detail-ko-light.png'), fullPage: true });
  await row.getByTestId('claim-submit').click();
  await expect(panel.getByTestId('claim-result')).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
  expect((await readBack(arriving!.receiptId)).receiptStatus).toBe('RETURNS_COMPLETED');

  // 이미출고 with courier + invoice: the request becomes a return with no pickup yet (반품접수).
  const stopped = pick('stopRequested');
  const shipped = pick('stopRequested', [stopped!.receiptId]);
  expect(shipped, 'two stop-shipment requests').toBeTruthy();
  row = await openClaim(panel, 'stopRequested', 'receipt-id', shipped!.receiptId);
  await row.getByTestId('claim-action-alreadyShipped').click();
  await row.getByTestId('claim-courier').selectOption('CJGLS');
  await row.getByTestId('claim-tracking').fill('1234-5678-9012');
  await row.getByTestId('claim-submit').click();
  await expect(panel.getByTestId('claim-result')).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
  const afterShipped = await readBack(shipped!.receiptId);
  expect([afterShipped.receiptStatus, afterShipped.releaseStatus]).toEqual(['RETURNS_UNCHECKED', 'A']);

  // 회수송장 for sellers without automatic pickup: it moves on to 입고확인 대기.
  row = await openClaim(panel, 'received', 'receipt-id', shipped!.receiptId);
  await row.getByTestId('claim-action-pickupInvoice').click();
  await row.getByTestId('claim-courier').selectOption('HANJIN');
  await row.getByTestId('claim-tracking').fill('987654321098');
  await row.getByTestId('claim-submit').click();
  await expect(panel.getByTestId('claim-result')).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
  expect((await readBack(shipped!.receiptId)).pickup).toEqual({
    deliveryCompanyCode: 'HANJIN',
    deliveryInvoiceNo: '987654321098',
  });
  await expect(panel.getByTestId('claim-current-state')).toHaveText(/입고확인 대기/);

  // 출고중지: the whole receipt stopped, refunded.
  row = await openClaim(panel, 'stopRequested', 'receipt-id', stopped!.receiptId);
  result = await runAction(panel, row, 'stopShipment');
  await expect(result).toHaveAttribute('data-state', 'succeeded');
  const afterStop = await readBack(stopped!.receiptId);
  expect([afterStop.receiptStatus, afterStop.releaseStatus]).toEqual(['RETURNS_COMPLETED', 'S']);
});

test('an action on a claim whose state changed names its current state', async ({ openExtensionPage, control }) => {
  await control.reset({ orders: 400 });
  const [v] = localVendors(control);
  const panel = await openClaims(openExtensionPage, [v!]);
  const target = (await sandboxClaims(control, v!.vendorId)).returns.find((r) => r.tab === 'awaitingGoods');
  expect(target).toBeTruthy();
  const row = await openClaim(panel, 'awaitingGoods', 'receipt-id', target!.receiptId);
  // The buyer withdraws meanwhile; the panel still shows the old state.
  await control.call('POST', `/coupang/returns/${target!.receiptId}/withdraw`);
  const result = await runAction(panel, row, 'confirmReceipt');
  await expect(result).toHaveAttribute('data-state', 'failed');
  await expect(panel.getByTestId('claim-current-state')).toHaveText('현재 상태: 철회');
  expect((await control.call<SandboxReturn>('GET', `/coupang/returns/${target!.receiptId}`)).receiptStatus).toBe(
    'RETURNS_UNCHECKED',
  );
});

test('a return withdrawn in the sandbox shows as withdrawn after one sync', async ({ openExtensionPage, control }) => {
  await control.reset({ orders: 400 });
  const [v] = localVendors(control);
  const panel = await openClaims(openExtensionPage, [v!]);
  const target = (await sandboxClaims(control, v!.vendorId)).returns.find(
    (r) => r.tab === 'received' || r.tab === 'awaitingGoods',
  );
  expect(target).toBeTruthy();
  const before = Number(await panel.getByTestId('claims-tab-withdrawn').getAttribute('data-count'));
  await control.call('POST', `/coupang/returns/${target!.receiptId}/withdraw`);
  await refreshClaims(panel);
  await expect(panel.getByTestId('claims-tab-withdrawn')).toHaveAttribute('data-count', String(before + 1));
  const row = await openClaim(panel, 'withdrawn', 'receipt-id', target!.receiptId);
  await expect(row.getByTestId('claim-state')).toHaveAttribute('data-tab', 'withdrawn');
});

test('a claim opens its order, and the order opens its claim', async ({ openExtensionPage, control }) => {
  await control.reset({ orders: 400 });
  const [v] = localVendors(control);
  const panel = await openClaims(openExtensionPage, [v!]);
  // The orders area holds the synced orders the link opens.
  await panel.getByTestId('area-orders').click();
  await panel.getByTestId('sync-now').click();
  await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-phase', 'done', { timeout: 120_000 });
  await panel.getByTestId('area-claims').click();
  const target = (await sandboxClaims(control, v!.vendorId)).returns.find((r) => r.tab === 'awaitingGoods');
  expect(target).toBeTruthy();
  const row = await openClaim(panel, 'awaitingGoods', 'receipt-id', target!.receiptId);
  await row.getByTestId('claim-open-order').click();
  const detail = panel.getByTestId('order-detail');
  await expect(detail).toBeVisible();
  await expect(detail).toHaveAttribute('data-key', `coupang:${v!.vendorId}:${target!.shipmentBoxId}`);
  await detail.locator(`[data-testid=order-claim][data-receipt-id="${target!.receiptId}"]`).click();
  await expect(panel.getByTestId('claims-view')).toBeVisible();
  await expect(panel.getByTestId('claims-tab-awaitingGoods')).toHaveAttribute('aria-selected', 'true');
  await expect(
    panel.locator(`[data-testid=claim-row][data-receipt-id="${target!.receiptId}"] [data-testid=claim-detail]`),
  ).toBeVisible();
});
