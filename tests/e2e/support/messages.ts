import type { Page } from '@playwright/test';
import { acceptConsent } from './consent';

/** Sends a typed message from an extension page, as the UI does, and returns the reply envelope. */
export async function message<T = unknown>(
  page: Page,
  type: string,
  payload: unknown,
): Promise<{ ok: boolean; data: T; error?: { code: string; kind?: string; params?: Record<string, unknown> } }> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

export async function ok<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await message<T>(page, type, payload);
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

/**
 * From now on the page's `type` messages (whose payload's `tab` is `tab`, if given) get no reply
 * until `releaseReplies`: a worker too busy to answer yet, for keys typed before the rows arrive.
 */
export async function holdReplies(page: Page, type: string, tab?: string): Promise<void> {
  await page.evaluate(
    ([t, tb]) => {
      const w = window as unknown as { __release?: () => void };
      const held: (() => void)[] = [];
      w.__release = () => {
        w.__release = undefined;
        for (const go of held.splice(0)) go();
      };
      const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (...a: unknown[]) => Promise<unknown>;
      (chrome.runtime as unknown as { sendMessage: unknown }).sendMessage = (...args: unknown[]) => {
        const m = args[0] as { type: string; payload?: { tab?: string } };
        if (m.type !== t || (tb !== undefined && m.payload?.tab !== tb) || !w.__release) return send(...args);
        return new Promise((done) => held.push(() => done(send(...args))));
      };
    },
    [type, tab] as const,
  );
}

/** Sends what `holdReplies` held, and no longer holds. */
export async function releaseReplies(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
}

/** Connects the sandbox's Coupang vendor through the same message the options page sends. */
export async function connectCoupang(page: Page, vendor: { vendorId: string; accessKey: string; secretKey: string }) {
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  return message<{ account: { accountKey: string; status: string }; verification: { ok: boolean } }>(
    page,
    'connections.addCoupang',
    {
      vendorId: vendor.vendorId,
      accessKey: vendor.accessKey,
      secretKey: vendor.secretKey,
      keyIssuedAt: today,
    },
  );
}

/** Waits until the account's sync is no longer running and returns its final status. */
export async function waitForSync(page: Page, accountKey: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  await page.waitForTimeout(200);
  for (;;) {
    const s = await ok<{
      accounts: Array<{ accountKey: string; phase: string; lastSyncAt?: number; error?: unknown }>;
    }>(page, 'orders.syncStatus', {});
    const mine = s.accounts.find((a) => a.accountKey === accountKey);
    if (mine && mine.phase !== 'running' && mine.lastSyncAt) return mine;
    if (mine?.phase === 'failed' || mine?.phase === 'blocked') return mine;
    if (Date.now() > deadline) throw new Error(`sync did not finish: ${JSON.stringify(mine)}`);
    await page.waitForTimeout(250);
  }
}

/**
 * From `page`: consent, no scheduled sync during the test (every 120 minutes), the vendor
 * connected and its first sync done. Returns the account key.
 */
export async function connectedAndSynced(
  page: Page,
  vendor: { vendorId: string; accessKey: string; secretKey: string },
): Promise<string> {
  await acceptConsent(page);
  await ok(page, 'settings.update', { sync: { intervalMinutes: 120 } });
  const accountKey = (await connectCoupang(page, vendor)).data.account.accountKey;
  await waitForSync(page, accountKey);
  return accountKey;
}

/** Every order key the side panel can list (pages through orders.query). */
export async function allOrderKeys(page: Page, tab = 'all'): Promise<string[]> {
  const keys: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const r = await ok<{ rows: Array<{ key: string }>; total: number }>(page, 'orders.query', {
      tab,
      offset,
      limit: 500,
    });
    keys.push(...r.rows.map((x) => x.key));
    if (offset + 500 >= r.total) return keys;
  }
}
