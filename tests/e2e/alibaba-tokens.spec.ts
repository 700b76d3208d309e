import { expect, test } from './fixtures';
import { connectThroughOptions, openOptions, reset1688 } from './support/relay';

/**
 * Token lifetimes in real Chromium: an access token that expires mid-session is refreshed (once)
 * and the call succeeds; a refused refresh token puts the member in "needs reconnecting", shown in
 * options with a Reconnect button that runs OAuth again for the same member.
 */
interface IssuedToken {
  kind: 'access' | 'refresh';
  memberId: string;
  expired: boolean;
}

test.beforeEach(async ({ control }) => {
  await reset1688(control, 6);
});

test.afterEach(async ({ control }) => {
  await reset1688(control);
});

test('an access token expiring mid-session is refreshed and the call goes through', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const { config } = control;
  const member = config.alibaba.samples.sellerMemberId;
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, config, { memberId: member });
  const account = options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${member}"]`);
  await expect(account).toHaveAttribute('data-status', 'ok');

  await control.call('POST', `/alibaba/members/${member}/expire`, {});
  const before = await control.call<IssuedToken[]>('GET', `/alibaba/tokens?memberId=${member}`);
  expect(before.filter((t) => t.kind === 'access' && !t.expired)).toHaveLength(0);

  await account.getByTestId('alibaba-verify').click();
  await expect(account.getByTestId('alibaba-verified')).toBeVisible();
  await expect(account).toHaveAttribute('data-status', 'ok');
  const after = await control.call<IssuedToken[]>('GET', `/alibaba/tokens?memberId=${member}`);
  // Exactly one new access token: one refresh, not one per waiting call.
  expect(after.filter((t) => t.kind === 'access').length - before.filter((t) => t.kind === 'access').length).toBe(1);
  expect(after.filter((t) => t.kind === 'access' && !t.expired)).toHaveLength(1);

  // The side panel keeps working with the refreshed token.
  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByTestId('tab-all').click();
  await expect(panel.locator(`[data-testid="order-row"][data-key^="alibaba:${member}:"]`).first()).toBeVisible({
    timeout: 20_000,
  });
});

test('an expired refresh token asks to reconnect, and Reconnect restores the member', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const { config } = control;
  const member = config.alibaba.samples.sellerMemberId;
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, config, { memberId: member });
  const account = options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${member}"]`);
  await expect(account).toHaveAttribute('data-status', 'ok');

  await control.call('POST', `/alibaba/members/${member}/expire`, { refresh: true });
  await account.getByTestId('alibaba-verify').click();
  await expect(account).toHaveAttribute('data-status', 'needsReauth');
  await expect(account.getByTestId('alibaba-needs-reauth')).toBeVisible();
  await expect(account.getByTestId('alibaba-account-status')).toHaveText('Needs reconnecting');

  // A fresh options page (e.g. after the worker slept) shows the same state.
  const again = await openExtensionPage('options.html');
  const stored = again.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${member}"]`);
  await expect(stored).toHaveAttribute('data-status', 'needsReauth');

  const authWindow = context.waitForEvent('page', { predicate: (p) => p.url().includes('/oauth/authorize') });
  await stored.getByTestId('alibaba-reconnect').click();
  const auth = await authWindow;
  await auth.locator('#member').selectOption(member);
  await auth.locator('#authorize').click();
  await expect(stored).toHaveAttribute('data-status', 'ok');
  await expect(stored.getByTestId('alibaba-needs-reauth')).toHaveCount(0);
  await stored.getByTestId('alibaba-verify').click();
  await expect(stored.getByTestId('alibaba-verified')).toBeVisible();
});
