import { expect, test } from './fixtures';
import { connectThroughOptions, openOptions, reset1688 } from './support/relay';

/**
 * 1688 OAuth in real Chromium (launchWebAuthFlow → the sandbox's consent page → the extension's
 * chromiumapp.org redirect): approve, deny, a forged state, an expired code and a closed window;
 * then the connected member's orders and a parcel's tracking in the side panel.
 */
test.beforeEach(async ({ control }) => {
  await reset1688(control, 8);
});

test.afterEach(async ({ control }) => {
  await reset1688(control);
});

test('own app: approve, then orders and logistics show in the side panel', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const { config } = control;
  const seller = config.alibaba.samples.sellerMemberId;
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, config, { memberId: seller });

  const account = options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${seller}"]`);
  await expect(account).toHaveAttribute('data-status', 'ok');
  await expect(options.getByTestId('alibaba-connected')).toBeVisible();
  await expect(account.getByTestId('alibaba-account-mode')).toContainText('Own app');
  await expect(account.getByTestId('alibaba-refresh-expiry')).toHaveAttribute('data-state', 'ok');
  // The secret is never shown back, and the masked AppKey is not the AppKey.
  await expect(options.locator('body')).not.toContainText(config.alibaba.appSecret);

  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByTestId('tab-all').click();
  const shippedId = config.alibaba.samples.sellerShippedOrderId;
  await panel.getByTestId('order-search').fill(shippedId);
  const row = panel.locator(`[data-testid="order-row"][data-key="alibaba:${seller}:${shippedId}"]`);
  await expect(row).toBeVisible({ timeout: 20_000 });
  await row.click();
  const detail = panel.getByTestId('order-detail');
  await expect(detail.getByTestId('detail-order-id')).toHaveText(shippedId);
  const trace = detail.getByTestId('logistics-trace');
  await expect(trace.getByTestId('logistics-parcel').first()).toBeVisible();
  await expect(trace.getByTestId('logistics-tracking').first()).not.toHaveText('—');
  await expect(trace.getByTestId('trace-step').first()).toBeVisible();
  // Minimum data and masking: the recipient's phone never reaches the view.
  const order = await control.call<{ receiver: { mobile: string } }>('GET', `/alibaba/orders/${shippedId}`);
  await expect(detail).not.toContainText(order.receiver.mobile);
});

test('a denied authorization is explained and nothing is connected', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, control.config, { action: 'deny' });
  await expect(options.getByTestId('alibaba-connect-error')).toHaveAttribute('data-kind', 'alibaba.authDenied');
  await expect(options.getByTestId('alibaba-account')).toHaveCount(0);
});

test('an answer with another state is refused', async ({ context, control, openExtensionPage }) => {
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, control.config, { action: 'tamperState' });
  await expect(options.getByTestId('alibaba-connect-error')).toHaveAttribute('data-kind', 'alibaba.authStateMismatch');
  await expect(options.getByTestId('alibaba-account')).toHaveCount(0);
  // The code in that answer was never exchanged.
  const codes = await control.call<Array<{ used: boolean }>>('GET', '/alibaba/codes');
  expect(codes.length).toBe(1);
  expect(codes[0]!.used).toBe(false);
});

test('an expired authorization code is explained', async ({ context, control, openExtensionPage }) => {
  await control.settings({ alibabaCodeSeconds: 0 });
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, control.config);
  await expect(options.getByTestId('alibaba-connect-error')).toHaveAttribute('data-kind', 'alibaba.authCodeRejected');
  await expect(options.getByTestId('alibaba-account')).toHaveCount(0);
});

test('closing the 1688 window is explained', async ({ context, control, openExtensionPage }) => {
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, control.config, { action: 'close' });
  await expect(options.getByTestId('alibaba-connect-error')).toHaveAttribute('data-kind', 'alibaba.authCancelled');
});
