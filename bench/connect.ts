/**
 * A connected extension for the benchmarks that need one: consent, the Coupang vendor by message,
 * the 1688 seller through its authorization window, both synced against a reset sandbox.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { control } from './support';

export type SandboxConfig = import('../sandbox/config').SandboxConfig;

/** One message from an extension page; throws on an error reply, returns its data. */
export async function send(page: Page, type: string, payload: unknown) {
  const r = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
  if (!r?.ok) throw new Error(`${type} failed: ${JSON.stringify(r?.error)}`);
  return r.data;
}

async function waitSynced(page: Page, accountKey: string) {
  // Up to 10 min: the bench may hold tens of thousands of orders.
  for (let i = 0; i < 6000; i++) {
    const s = await send(page, 'orders.syncStatus', {});
    const mine = s.accounts.find((a: { accountKey: string }) => a.accountKey === accountKey);
    if (mine?.lastSyncAt && mine.phase !== 'running') return;
    await page.waitForTimeout(100);
  }
  throw new Error(`sync of ${accountKey} did not finish`);
}

/** Resets the sandbox to `orders` orders per marketplace and returns its configuration. */
export async function resetSandbox(controlUrl: string, orders: number): Promise<SandboxConfig> {
  return (await control(controlUrl, 'POST', '/reset', { orders })).config as SandboxConfig;
}

/** Both marketplaces connected and synced; returns the options page the messages were sent from. */
export async function connectBoth(context: BrowserContext, extensionId: string, config: SandboxConfig) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await send(page, 'privacy.acceptConsent', { version: 1, locale: 'en' });
  const { vendorId, accessKey, secretKey } = config.coupang.vendors[0];
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  await send(page, 'connections.addCoupang', { vendorId, accessKey, secretKey, keyIssuedAt: today });
  const authWindow = context.waitForEvent('page', { predicate: (p) => p.url().includes('/oauth/authorize') });
  const connecting = send(page, 'connections.connectAlibaba', {
    mode: 'ownApp',
    appKey: config.alibaba.appKey,
    appSecret: config.alibaba.appSecret,
  });
  const auth = await authWindow;
  await auth.waitForLoadState('domcontentloaded');
  await auth.locator('#member').selectOption(config.alibaba.samples.sellerMemberId);
  await auth.locator('#authorize').click();
  await connecting;
  await send(page, 'orders.sync', {});
  await waitSynced(page, `coupang:${vendorId}`);
  await waitSynced(page, `alibaba:${config.alibaba.samples.sellerMemberId}`);
  return page;
}
