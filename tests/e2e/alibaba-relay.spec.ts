import { expect } from './fixtures';
import { connectThroughOptions, openOptions, reset1688, relayTest as test } from './support/relay';

/**
 * Relay mode in real Chromium: the extension pairs with relay/node.ts (the AppSecret lives only
 * there), authorizes through 1688, then calls the 1688 gateway itself with signatures from the
 * relay. Order data never passes through the relay: its log shows only pairing, token and sign
 * routes.
 */
test.beforeEach(async ({ control }) => {
  await reset1688(control, 6);
});

test.afterEach(async ({ control }) => {
  await reset1688(control);
});

test('relay mode: pair, authorize, and every call is signed by the relay', async ({
  context,
  control,
  relay,
  openExtensionPage,
}) => {
  const { config } = control;
  const member = config.alibaba.samples.sellerMemberId;
  const start = relay.log.length;
  const options = await openOptions(openExtensionPage);
  await expect(options.getByTestId('alibaba-connect-form')).toBeVisible();
  await options.getByTestId('alibaba-mode-relay').check();
  // The sandbox build's default relay is prefilled.
  await expect(options.getByTestId('alibaba-relay-url')).toHaveValue(relay.url);
  await connectThroughOptions(context, options, config, { mode: 'relay', memberId: member });

  const account = options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${member}"]`);
  await expect(account).toHaveAttribute('data-status', 'ok');
  await expect(account.getByTestId('alibaba-account-mode')).toContainText('Signing relay');
  await expect(account.getByTestId('alibaba-account-mode')).toContainText(relay.url);

  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByTestId('tab-all').click();
  await expect(panel.locator(`[data-testid="order-row"][data-key^="alibaba:${member}:"]`).first()).toBeVisible({
    timeout: 20_000,
  });
  await account.getByTestId('alibaba-verify').click();
  await expect(account.getByTestId('alibaba-verified')).toBeVisible();

  const routes = relay.routes().slice(start);
  expect(routes).toContain('/v1/pair');
  expect(routes).toContain('/v1/oauth/token');
  expect(routes.filter((r) => r === '/v1/sign').length).toBeGreaterThanOrEqual(2);
  expect(
    routes.every((r) =>
      ['/v1/pair', '/v1/oauth/token', '/v1/oauth/refresh', '/v1/oauth/postpone', '/v1/sign'].includes(r),
    ),
  ).toBe(true);
  // The gateway saw the extension's own calls, signed correctly.
  const counters = await control.counters();
  const app = counters[`alibaba:${config.alibaba.appKey}`]!;
  expect(app.requests).toBeGreaterThan(0);
  expect(app.signatureFailures).toBe(0);

  // Neither the AppSecret nor the pairing code is anywhere in the extension's storage.
  const dump = await panel.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
  expect(dump).not.toContain(config.alibaba.appSecret);
  expect(dump).not.toContain('e2e-pairing-code-1688');
});

test('a wrong pairing code is refused with a clear message', async ({ context, control, relay, openExtensionPage }) => {
  const options = await openOptions(openExtensionPage);
  const form = options.getByTestId('alibaba-connect-form');
  await form.getByTestId('alibaba-mode-relay').check();
  await form.getByTestId('alibaba-relay-url').fill(relay.url);
  await form.getByTestId('alibaba-app-key').fill(control.config.alibaba.appKey);
  await form.getByTestId('alibaba-pairing-code').fill('not-the-code');
  let authOpened = false;
  context.on('page', (p) => {
    if (p.url().includes('/oauth/authorize')) authOpened = true;
  });
  await form.getByTestId('alibaba-connect').click();
  await expect(options.getByTestId('alibaba-connect-error')).toHaveAttribute(
    'data-kind',
    'alibaba.relayPairingRejected',
  );
  expect(authOpened).toBe(false);
});
