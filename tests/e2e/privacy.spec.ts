import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, test as plain, type Worker } from '@playwright/test';
import { DOC_EXAMPLE_APP, MAIN_APP, RESTRICTED_APP } from '../../sandbox/alibaba/apps';
import { VendorRegistry } from '../../sandbox/coupang/vendors';
import { PAGE_SECRETS } from '../../sandbox/pages/secrets';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium';
import { unlistedPaths } from '../../utils/background/privacy/projections';
import { STORED_ITEMS } from '../../utils/background/store/registry';
import { E2E, EXTENSION_DIR, expect, test } from './fixtures';

/**
 * Data lifecycle and the seller's rights, end to end in Chromium, inspecting IndexedDB and the
 * storage areas from an extension page (same origin as the worker): consent first (C4), cached
 * orders as ciphertext that a browser restart makes unreadable (C8), the sweep, "What is stored",
 * delete all / withdraw (C6), disconnect of one account (C7); then checks of the built bundles
 * (no remote loads, no secret literals: C1, C3).
 */

/** The sweep alarm's name (utils/background/privacy/cache-sweeper.ts; not imported: it pulls in wxt/browser). */
const SWEEP_ALARM = 'crossdock.cacheSweep';

type Vendor = { vendorId: string; accessKey: string; secretKey: string; allowsLocalIp: boolean };
type Reply<T = Record<string, unknown>> = { ok: boolean; data?: T; error?: { code: string; kind?: string } };

function message<T = Record<string, unknown>>(page: Page, type: string, payload: unknown = {}): Promise<Reply<T>> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

async function acceptConsent(page: Page) {
  const status = await message<{ currentVersion: number }>(page, 'privacy.consentStatus');
  expect(
    (await message(page, 'privacy.acceptConsent', { version: status.data!.currentVersion, locale: 'en' })).ok,
  ).toBe(true);
}

function goodVendors(control: { config: { coupang: { vendors: Vendor[] } } }): Vendor[] {
  return control.config.coupang.vendors.filter((v) => v.allowsLocalIp);
}

async function connect(page: Page, v: Vendor) {
  const r = await message<{ verification: { ok: boolean } }>(page, 'connections.addCoupang', {
    vendorId: v.vendorId,
    accessKey: v.accessKey,
    secretKey: v.secretKey,
    keyIssuedAt: new Date().toISOString().slice(0, 10),
  });
  expect(r.data?.verification.ok, JSON.stringify(r)).toBe(true);
}

/** Waits until every connected account finished its sync. */
async function waitSynced(page: Page) {
  await expect
    .poll(
      async () => {
        const s = await message<{ accounts: Array<{ phase: string; lastSyncAt?: number }> }>(page, 'orders.syncStatus');
        return (
          s.data?.accounts.length &&
          s.data.accounts.every((a) => a.phase === 'done' || (a.phase === 'idle' && a.lastSyncAt))
        );
      },
      { timeout: 45_000 },
    )
    .toBeTruthy();
}

/** Consent, one (or more) vendors connected and synced: real orders in the cache. */
async function withSyncedOrders(page: Page, vendors: Vendor[]) {
  await acceptConsent(page);
  for (const v of vendors) await connect(page, v);
  await waitSynced(page);
  const total = (await message<{ total: number }>(page, 'orders.query', { limit: 1 })).data?.total ?? 0;
  expect(total).toBeGreaterThan(0);
  return total;
}

interface RawRecord {
  id: string;
  kind: string;
  accountKey: string;
  keyId?: string;
  expiresAt: number;
  bytes: boolean;
  /** `data` as text: ciphertext bytes decoded as UTF-8, or JSON for plain records. */
  text: string;
}

/** Reads a store of the extension's database without creating it (opening a missing one would). */
function readStore(page: Page, store: 'cache' | 'outbox' | 'checkpoints'): Promise<RawRecord[] | null> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'crossdock')) return null;
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('crossdock');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    try {
      const all = await new Promise<Array<Record<string, unknown>>>((res, rej) => {
        const q = db.transaction(name).objectStore(name).getAll();
        q.onsuccess = () => res(q.result);
        q.onerror = () => rej(q.error);
      });
      return all.map((r) => ({
        id: String(r.id),
        kind: String(r.kind ?? ''),
        accountKey: String(r.accountKey),
        keyId: r.keyId as string | undefined,
        expiresAt: Number(r.expiresAt ?? 0),
        bytes: r.data instanceof Uint8Array,
        text:
          r.data instanceof Uint8Array
            ? new TextDecoder().decode(r.data)
            : JSON.stringify(r.data ?? r.payload ?? r.state ?? null),
      }));
    } finally {
      db.close(); // never hold a connection the background's delete would wait for
    }
  }, store);
}

/** Test-only manipulation of the database (not a product path): moves records' expiry into the past. */
function expireRecords(page: Page, ids: string[]) {
  return page.evaluate(async (expire) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('crossdock');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction('cache', 'readwrite');
    for (const id of expire) {
      const q = tx.objectStore('cache').get(id);
      q.onsuccess = () => tx.objectStore('cache').put({ ...q.result, expiresAt: Date.now() - 1000 });
    }
    await new Promise((res) => {
      tx.oncomplete = res;
    });
    db.close();
  }, ids);
}

/**
 * Opens the cached orders the way the background does, with the session key (an extension page
 * may read storage.session): the test's way to see exactly what was stored.
 */
function decryptOrders(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const { cacheKey } = (await chrome.storage.session.get('cacheKey')) as { cacheKey: { id: string; raw: number[] } };
    const key = await crypto.subtle.importKey('raw', new Uint8Array(cacheKey.raw), 'AES-GCM', false, ['decrypt']);
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('crossdock');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const all = await new Promise<Array<{ kind: string; keyId?: string; iv: Uint8Array; data: Uint8Array }>>((res) => {
      const q = db.transaction('cache').objectStore('cache').getAll();
      q.onsuccess = () => res(q.result);
    });
    db.close();
    const out: unknown[] = [];
    for (const r of all.filter((x) => x.kind === 'order' && x.keyId === cacheKey.id)) {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: new Uint8Array(r.iv) },
        key,
        new Uint8Array(r.data),
      );
      out.push(JSON.parse(new TextDecoder().decode(plain)));
    }
    return out;
  });
}

function storageAreas(page: Page) {
  return page.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
  }));
}

const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
const alarmNames = (sw: Worker) => sw.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());

/** Fires the sweep now, as the periodic alarm would (kept periodic so the schedule survives). */
const fireSweep = (sw: Worker) =>
  sw.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 50, periodInMinutes: 5 }), SWEEP_ALARM);

const orderRecords = async (page: Page) => ((await readStore(page, 'cache')) ?? []).filter((r) => r.kind === 'order');

test.describe('consent (C4)', () => {
  test('comes first, in Korean, English and Chinese; popup and side panel point to it', async ({
    openExtensionPage,
  }) => {
    const options = await openExtensionPage('options.html');
    const screen = options.getByTestId('consent-screen');
    await expect(screen).toBeVisible();
    await expect(options.locator('#connections')).toHaveCount(0);
    await expect(options.getByTestId('consent-reads-coupang')).toContainText(/customs clearance code/);
    await expect(options.getByTestId('consent-reads-alibaba')).toContainText(/logistics/);
    await expect(options.getByTestId('consent-retention')).toContainText('30 minutes');
    await expect(options.getByTestId('consent-retention')).toContainText('24 hours');
    await expect(screen).toContainText(/Only in this browser/);
    // Support contacts stay reachable before consent (C14).
    await expect(options.getByTestId('support-email')).toHaveText(/@/);
    await expect(options.getByTestId('support-wangwang')).not.toBeEmpty();

    await options.getByTestId('language-select').selectOption('ko');
    await expect(options.getByTestId('consent-reads-coupang')).toContainText('개인통관고유부호');
    await expect(options.getByTestId('consent-retention')).toContainText('30분');
    await options.getByTestId('language-select').selectOption('zh_CN');
    await expect(options.getByTestId('consent-reads-coupang')).toContainText('个人通关代码');
    await expect(options.getByTestId('consent-accept')).toHaveText('我同意');
    await options.getByTestId('language-select').selectOption('en');

    for (const name of ['popup.html', 'sidepanel.html']) {
      const p = await openExtensionPage(name);
      await expect(p.getByTestId('consent-needed')).toBeVisible();
      await expect(p.getByTestId('consent-open')).toBeEnabled();
    }

    await options.getByTestId('consent-accept').click();
    await expect(options.locator('#connections h2')).toBeVisible();
    await expect(options.getByTestId('stored-view')).toBeVisible();
    await expect(options.getByTestId('consent-given')).toContainText('version 1');
    await expect(options.getByTestId('support-email')).toHaveText(/@/);
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByRole('heading', { name: 'Crossdock' })).toBeVisible();
    await expect(popup.getByTestId('consent-needed')).toHaveCount(0);
  });

  test('before consent no marketplace request leaves; after it, they do', async ({
    openExtensionPage,
    control,
    networkLog,
  }) => {
    const [vendor] = goodVendors(control);
    const page = await openExtensionPage('options.html');
    await expect(page.getByTestId('consent-screen')).toBeVisible();
    const refused = await message(page, 'connections.addCoupang', {
      vendorId: vendor.vendorId,
      accessKey: vendor.accessKey,
      secretKey: vendor.secretKey,
      keyIssuedAt: '2025-01-01',
    });
    expect(refused.error?.code).toBe('consent_required');
    expect((await message(page, 'orders.sync', {})).error?.code).toBe('consent_required');
    const api = control.config.coupang.baseUrl;
    expect(networkLog.filter((r) => r.url.startsWith(api))).toEqual([]);
    expect(Object.values(await control.counters()).reduce((n, c) => n + c.requests, 0)).toBe(0);

    await page.getByTestId('consent-accept').click();
    await expect(page.locator('#connections h2')).toBeVisible();
    await connect(page, vendor);
    // The recorder sees the service worker's own requests (no PW_EXPERIMENTAL_* flag needed).
    await expect
      .poll(() => networkLog.filter((r) => r.url.startsWith(api) && r.from === 'service-worker').length)
      .toBeGreaterThan(0);
    expect(Object.values(await control.counters()).reduce((n, c) => n + c.requests, 0)).toBeGreaterThan(0);
    await waitSynced(page);
  });

  test('a new notice version asks again', async ({ openExtensionPage, serviceWorker }) => {
    const page = await openExtensionPage('options.html');
    await acceptConsent(page);
    // As if the seller had agreed to an older notice before an update changed what is collected.
    await serviceWorker.evaluate(() =>
      chrome.storage.local.set({ consent: { version: 0, acceptedAt: Date.now(), locale: 'en' } }),
    );
    await page.reload();
    await expect(page.getByTestId('consent-screen')).toBeVisible();
    await expect(page.getByTestId('consent-changed')).toContainText('version 0');
    await page.getByTestId('consent-accept').click();
    await expect(page.locator('#connections h2')).toBeVisible();
  });
});

test.describe('cache at rest (C8)', () => {
  test('synced orders are stored as ciphertext only, and "What is stored" counts them', async ({
    openExtensionPage,
    control,
  }) => {
    const page = await openExtensionPage('options.html');
    const total = await withSyncedOrders(page, goodVendors(control).slice(0, 1));
    const rows = await message<{ rows: Array<{ key: string }> }>(page, 'orders.query', { limit: 5 });
    const revealed = await message<{ recipient: Record<string, string> }>(page, 'orders.reveal', {
      key: rows.data!.rows[0].key,
    });
    const pii = Object.values(revealed.data!.recipient).filter((v) => typeof v === 'string' && v.length >= 4);
    expect(pii.length).toBeGreaterThanOrEqual(3);

    const records = await orderRecords(page);
    expect(records.length).toBe(total);
    for (const r of records) {
      expect(r.bytes, r.id).toBe(true);
      expect(r.keyId, r.id).toBeTruthy();
    }
    const onDisk = JSON.stringify(await readStore(page, 'cache'));
    const areas = JSON.stringify(await storageAreas(page));
    for (const v of pii) {
      expect(onDisk).not.toContain(v);
      expect(areas).not.toContain(v);
    }
    // Minimum data (C5): what was sealed is exactly the order projection, nothing more.
    const opened = await decryptOrders(page);
    expect(opened.length).toBe(total);
    for (const o of opened) expect(unlistedPaths('order', o)).toEqual([]);
    expect(JSON.stringify(opened)).toContain(pii[0]);
    // The key that opens them lives only in session storage (memory).
    const { local, session } = await storageAreas(page);
    expect(Object.keys(local)).not.toContain('cacheKey');
    expect((session.cacheKey as { id: string }).id).toBe(records[0].keyId);

    await page.reload();
    await expect(page.getByTestId('cache-kind-order')).toHaveAttribute('data-count', String(total));
    await expect(page.getByTestId('stored-cache')).toHaveAttribute(
      'data-count',
      String((await readStore(page, 'cache'))!.length),
    );
    await expect(page.getByTestId('stored-vault')).toHaveAttribute('data-count', '1');
  });

  test('after a browser restart (session storage gone) cached orders are unreadable and dropped', async ({
    openExtensionPage,
    serviceWorker,
    control,
  }) => {
    const page = await openExtensionPage('options.html');
    await withSyncedOrders(page, goodVendors(control).slice(0, 1));
    const before = await orderRecords(page);
    // What a restart does to storage.session: the key is gone, the ciphertext is still on disk.
    await serviceWorker.evaluate(() => chrome.storage.session.clear());
    expect((await orderRecords(page)).length).toBe(before.length);
    expect((await storageAreas(page)).session).toEqual({});
    await fireSweep(serviceWorker);
    await expect.poll(async () => (await orderRecords(page)).length).toBe(0);
    expect((await message<{ total: number }>(page, 'orders.query', {})).data?.total).toBe(0);
    expect(await alarmNames(serviceWorker)).toContain(SWEEP_ALARM);

    // A new sync caches again under a new session key.
    expect((await message(page, 'orders.sync', { full: true })).ok).toBe(true);
    await expect.poll(async () => (await orderRecords(page)).length, { timeout: 45_000 }).toBeGreaterThan(0);
    const after = await orderRecords(page);
    expect(after[0].keyId).not.toBe(before[0].keyId);
  });

  test('a real browser restart drops the cached orders', async ({ control }) => {
    test.setTimeout(120_000);
    const profile = mkdtempSync(path.join(tmpdir(), 'crossdock-restart-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: findChromium(),
        headless: true,
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          '--no-sandbox',
          ...QUIET_CHROMIUM_FLAGS,
        ],
      });
    const optionsOf = async (ctx: BrowserContext) => {
      const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`);
      return page;
    };
    try {
      const first = await launch();
      const page = await optionsOf(first);
      await withSyncedOrders(page, goodVendors(control).slice(0, 1));
      expect((await orderRecords(page)).length).toBeGreaterThan(0);
      await first.close();

      const second = await launch();
      const again = await optionsOf(second);
      await expect.poll(async () => (await orderRecords(again)).length).toBe(0);
      // Consent and the connection survive a restart; only the session-bound cache is gone.
      await expect(again.locator('#connections h2')).toBeVisible();
      expect((await message<{ accounts: unknown[] }>(again, 'connections.list')).data?.accounts).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('expired records vanish after the sweep; reads never return them', async ({
    openExtensionPage,
    serviceWorker,
    control,
  }) => {
    const page = await openExtensionPage('options.html');
    const total = await withSyncedOrders(page, goodVendors(control).slice(0, 1));
    const records = await orderRecords(page);
    const expired = records.slice(0, 3).map((r) => r.id);
    await expireRecords(page, expired);
    await fireSweep(serviceWorker);
    await expect.poll(async () => (await orderRecords(page)).filter((r) => expired.includes(r.id)).length).toBe(0);
    expect((await orderRecords(page)).length).toBe(records.length - 3);
    expect((await message<{ total: number }>(page, 'orders.query', {})).data?.total).toBe(total - 3);
  });
});

test.describe('the seller’s rights (C6, C7)', () => {
  test('"What is stored" lists every category; cache times are bounded and feed the notice', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('options.html');
    await acceptConsent(page);
    await page.reload();
    for (const id of Object.keys(STORED_ITEMS))
      await expect(page.getByTestId(`stored-${id}`)).toHaveAttribute('data-count', /\d+/);
    await expect(page.getByTestId('stored-consent')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('stored-settings')).toContainText('Your settings');

    const pii = page.getByTestId('ttl-piiTtlMinutes');
    await pii.fill('500');
    await expect(page.getByText('Enter a whole number from 5 to 120.')).toBeVisible();
    await page.getByTestId('ttl-save').click();
    expect((await message<{ cache: { piiTtlMinutes: number } }>(page, 'settings.get')).data?.cache.piiTtlMinutes).toBe(
      30,
    );
    await pii.fill('10');
    await page.getByTestId('ttl-save').click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    expect(
      (await message<{ retention: { piiTtlMinutes: number } }>(page, 'privacy.consentStatus')).data?.retention
        .piiTtlMinutes,
    ).toBe(10);
  });

  test('delete all leaves no database and empty storage; Crossdock starts over', async ({
    openExtensionPage,
    serviceWorker,
    control,
  }) => {
    const page = await openExtensionPage('options.html');
    await withSyncedOrders(page, goodVendors(control).slice(0, 1));
    await page.reload();
    expect(await databases(page)).toContain('crossdock');

    await page.getByTestId('delete-all').click();
    await expect(page.getByRole('alertdialog')).toContainText('cannot be undone');
    await page.getByTestId('delete-all-confirm').click();
    await expect(page.getByTestId('consent-screen')).toBeVisible();
    await expect(page.getByTestId('consent-wiped')).toBeVisible();

    expect(await databases(page)).toEqual([]);
    expect(await storageAreas(page)).toEqual({ local: {}, session: {} });
    expect(await alarmNames(serviceWorker)).toEqual([SWEEP_ALARM]);
    // Still working, as freshly installed.
    expect((await message<{ language: string }>(page, 'settings.get')).data?.language).toBe('auto');
    expect((await message<{ accounts: unknown[] }>(page, 'connections.list')).data?.accounts).toEqual([]);
    expect((await message<{ total: number }>(page, 'orders.query', {})).data?.total).toBe(0);
    // Using it may open a new, empty database (as on a fresh install); nothing brings data back.
    await page.waitForTimeout(1000);
    for (const store of ['cache', 'outbox', 'checkpoints'] as const)
      expect((await readStore(page, store)) ?? []).toEqual([]);
    expect(Object.keys((await storageAreas(page)).local)).toEqual([]);
    await page.getByTestId('consent-accept').click();
    await expect(page.getByTestId('stored-cache')).toHaveAttribute('data-count', '0');
  });

  test('withdrawing consent deletes everything and returns to the consent screen', async ({
    openExtensionPage,
    control,
  }) => {
    const page = await openExtensionPage('options.html');
    await withSyncedOrders(page, goodVendors(control).slice(0, 1));
    await page.reload();
    await page.getByTestId('withdraw-consent').click();
    await page.getByTestId('withdraw-consent-confirm').click();
    await expect(page.getByTestId('consent-screen')).toBeVisible();
    expect(await databases(page)).toEqual([]);
    expect(await storageAreas(page)).toEqual({ local: {}, session: {} });
    expect((await message(page, 'orders.sync', {})).error?.code).toBe('consent_required');
  });

  test('disconnect removes that account’s data and nothing of the other’s', async ({ openExtensionPage, control }) => {
    const [a, b] = goodVendors(control);
    const page = await openExtensionPage('options.html');
    await withSyncedOrders(page, [a, b]);
    const keyA = `coupang:${a.vendorId}`;
    const keyB = `coupang:${b.vendorId}`;
    const cacheBefore = (await readStore(page, 'cache'))!;
    expect(cacheBefore.some((r) => r.accountKey === keyA)).toBe(true);
    expect(cacheBefore.some((r) => r.accountKey === keyB)).toBe(true);

    expect((await message(page, 'connections.disconnect', { accountKey: keyA })).ok).toBe(true);
    const { local, session } = await storageAreas(page);
    // The redacted, time-limited logs may name the vendor (not personal data); nothing else may.
    const { errorLog: _e, securityLog: _s, ...rest } = local;
    const everything = JSON.stringify({
      rest,
      session,
      cache: await readStore(page, 'cache'),
      outbox: await readStore(page, 'outbox'),
      checkpoints: await readStore(page, 'checkpoints'),
    });
    expect(Object.keys(local).filter((k) => k.endsWith(keyA))).toEqual([]);
    expect(everything).not.toContain(a.vendorId);
    expect(everything).not.toContain(a.accessKey);
    expect(Object.keys(local)).toContain(`vault:${keyB}`);
    const cacheAfter = (await readStore(page, 'cache'))!;
    expect(cacheAfter.filter((r) => r.accountKey === keyB).length).toBe(
      cacheBefore.filter((r) => r.accountKey === keyB).length,
    );
  });
});

/* ---------- the built bundles (no browser needed) ---------- */

const OUTPUT = path.resolve(import.meta.dirname, '../../.output');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

function readBuild(dir: string): Array<{ file: string; text: string }> {
  const root = path.join(OUTPUT, dir);
  expect(existsSync(root), `${root} missing: run scripts/build-e2e.ts first`).toBe(true);
  return filesUnder(root)
    .filter((f) => /\.(html|js|css|json)$/.test(f))
    .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));
}

/** Hosts whose names may appear in the production bundle, and why none of them is a remote load. */
const KNOWN_HOSTS: Record<string, string> = {
  'api-gateway.coupang.com': 'Coupang Open API (configured API origin)',
  'gw.open.1688.com': '1688 gateway (configured API origin)',
  'auth.1688.com': '1688 OAuth (configured API origin)',
  'wing.coupang.com': 'content-script match',
  'detail.1688.com': 'content-script match',
  'm.1688.com': 'content-script match',
  'detail.m.1688.com': 'content-script match',
  'trade.1688.com': 'content-script match',
  'work.1688.com': 'content-script match',
  'www.w3.org': 'XML namespace names (SVG/MathML) in the UI library, never fetched',
  'json-schema.org': "zod's JSON Schema dialect ids, never fetched",
  'developer.mozilla.org': 'a documentation link inside a polyfill error message, never fetched',
  // The .xlsx reader and writer (invoice import, 발주서 export) name the Office Open XML namespaces
  // inside the workbook's own XML; nothing is fetched from them.
  'schemas.openxmlformats.org': 'Office Open XML namespace names in the .xlsx library, never fetched',
  'schemas.microsoft.com': 'Office XML namespace names in the .xlsx library, never fetched',
  'purl.oclc.org': 'Strict Office Open XML namespace names in the .xlsx library, never fetched',
  '*': 'optional host-permission pattern for a seller-configured relay',
};

/** Every secret the sandbox knows: demo API keys, app secrets, page credentials and cookies. */
function demoSecrets(): string[] {
  const vendors = new VendorRegistry().list.flatMap((v) => [v.accessKey, v.secretKey]);
  const apps = [MAIN_APP, RESTRICTED_APP, DOC_EXAMPLE_APP].map((a) => a.appSecret);
  const page = [
    PAGE_SECRETS.password,
    PAGE_SECRETS.cookie.value,
    PAGE_SECRETS.httpOnlyCookie.value,
    PAGE_SECRETS.scriptCookie.value,
    PAGE_SECRETS.localStorage.value,
    PAGE_SECRETS.sessionStorage.value,
  ];
  return [...vendors, ...apps, ...page];
}

plain.describe('built extension (C1, C3)', () => {
  plain('extension pages load nothing remote, and the bundle names only known hosts', () => {
    const files = readBuild('chrome-mv3');
    const remote = /^(https?:)?\/\//i;
    for (const { file, text } of files) {
      if (file.endsWith('.html')) {
        for (const m of text.matchAll(
          /<(script|link|img|iframe|source|embed|object|audio|video)\b[^>]*?\b(?:src|href)=["']([^"']+)["']/gi,
        ))
          expect(m[2], `${file}: <${m[1]}> loads ${m[2]}`).not.toMatch(remote);
      }
      if (file.endsWith('.css')) {
        expect(text, `${file}: remote url()`).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
        expect(text, `${file}: remote @import`).not.toMatch(/@import\s+(url\()?\s*["']?(https?:)?\/\//i);
        expect(text, `${file}: web font`).not.toMatch(/@font-face/i);
      }
      if (file.endsWith('.js')) {
        expect(text, `${file}: remote import()`).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
        expect(text, `${file}: importScripts`).not.toMatch(/importScripts\s*\(\s*["'`]https?:/);
        expect(text, `${file}: analytics`).not.toMatch(
          /google-analytics|googletagmanager|gtag\(|sentry|mixpanel|amplitude|segment\.io|hotjar/i,
        );
      }
      // Literal hosts only (a template such as `http://[${host}]` builds a URL from data, not a host).
      for (const m of text.matchAll(/https?:\/\/([A-Za-z0-9*][^/"'`\s)\\]*)/g)) {
        const host = m[1].replace(/:\d+$/, '');
        expect(Object.hasOwn(KNOWN_HOSTS, host), `${file} names ${m[0]}`).toBe(true);
      }
    }
    const manifest = JSON.parse(readFileSync(path.join(OUTPUT, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self'(;|$)/);
  });

  plain('no secret-like literal is in the production or the sandbox bundle', () => {
    const secrets = demoSecrets();
    expect(secrets.length).toBeGreaterThan(10);
    for (const dir of ['chrome-mv3', E2E.outDir]) {
      for (const { file, text } of readBuild(dir)) {
        for (const s of secrets)
          expect(text.includes(s), `${dir}/${file} contains the sandbox secret ${s.slice(0, 4)}…`).toBe(false);
        if (dir !== 'chrome-mv3') continue;
        expect(text.match(/\b[0-9a-fA-F]{32,}\b/g) ?? [], `${file}: long hex literal`).toEqual([]);
        const uuids = (text.match(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi) ?? []).filter(
          (u) => !/^(0{8}-0{4}-0{4}-0{4}-0{12}|f{8}-f{4}-f{4}-f{4}-f{12})$/i.test(u), // zod's nil/max UUID constants
        );
        expect(uuids, `${file}: UUID literal`).toEqual([]);
        // A value with a digit: key material has them, the words' labels ("AppSecret") do not.
        expect(text, `${file}: secret assignment`).not.toMatch(
          /(secret|token|password|passwd)\w*["'`]?\s*[:=]\s*["'`](?=[^"'`\s]*\d)[^"'`\s]{8,}["'`]/i,
        );
      }
    }
  });
});
