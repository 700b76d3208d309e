/**
 * Page-helper figures (issue 7):
 * - content-script size, gzip -9: the shipped script (one script serves every helper) and, per
 *   helper, a bundle of the same panel shell with only that helper's renderer (what a per-helper
 *   chunk would weigh; built here with Vite only for measuring);
 * - time from content-script start to panel mounted, and to the API data shown, on sandbox seller
 *   pages in Chromium, from the `crossdock:*` performance marks a sandbox build leaves
 *   (entrypoints/page-helper.content/timing.ts; production builds leave none).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import preact from '@preact/preset-vite';
import { build, type Plugin } from 'vite';
import { evaluateInContentScript } from '../tests/e2e/support/isolated-world';
import { buildForBench, control, figure, withBrowser, withSandbox } from './support';

const root = path.resolve(import.meta.dirname, '..');
const csDir = path.join(root, 'entrypoints/page-helper.content');
const HELPERS = {
  'offer-1688': ['offer-1688.tsx', 'Offer1688Helper'],
  'order-1688': ['order-1688.tsx', 'Order1688Helper'],
  'wing-coupang': ['wing-coupang.tsx', 'WingCoupangHelper'],
} as const;
type HelperId = keyof typeof HELPERS;
const RUNS = 5;

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => n / 1000;

/** The panel shell (panel.tsx and everything it imports) with the renderer registry cut down to `only`. */
async function shellBundleSize(only: readonly HelperId[]): Promise<{ raw: number; gzip: number }> {
  const registry: Plugin = {
    name: 'only-these-helpers',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.endsWith('virtual:entry')) return '\0entry';
      if (source === './helpers' && importer?.endsWith(`${path.sep}panel.tsx`)) return '\0registry';
      return null;
    },
    load(id) {
      if (id === '\0entry') {
        return `import { render, h } from 'preact';\nimport { HelperPanel } from ${JSON.stringify(path.join(csDir, 'panel.tsx'))};\nexport function mount(el, context, page) { render(h(HelperPanel, { context, page }), el); }`;
      }
      if (id === '\0registry') {
        const imports = only.map(
          (h) => `import { ${HELPERS[h][1]} } from ${JSON.stringify(path.join(csDir, 'helpers', HELPERS[h][0]))};`,
        );
        const entries = only.map((h) => `${JSON.stringify(h)}: ${HELPERS[h][1]}`);
        return `${imports.join('\n')}\nexport const HELPER_RENDERERS = { ${entries.join(', ')} };`;
      }
      return null;
    },
  };
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [registry, preact()],
    resolve: {
      alias: [
        { find: /^@\//, replacement: `${root}/` },
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' },
      ],
    },
    define: { __CROSSDOCK_BUILD__: 'undefined', 'import.meta.env.ENTRYPOINT': '"page-helper"' },
    build: {
      write: false,
      minify: true,
      lib: { entry: 'virtual:entry', formats: ['iife'], name: 'crossdockHelper' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const code = outputs.map((o) => ('code' in o ? o.code : '')).join('\n');
  return { raw: code.length, gzip: gz(code) };
}

async function sizes(): Promise<void> {
  const ext = buildForBench();
  const shipped = readFileSync(path.join(ext, 'content-scripts/page-helper.js'));
  figure('page helpers: content script as built (all helpers), raw', kb(shipped.length), 'kB');
  figure('page helpers: content script as built (all helpers), gzip', kb(gz(shipped)), 'kB');
  const all = await shellBundleSize(Object.keys(HELPERS) as HelperId[]);
  figure('page helpers: shell + all helpers (measuring bundle), gzip', kb(all.gzip), 'kB');
  for (const id of Object.keys(HELPERS) as HelperId[]) {
    const one = await shellBundleSize([id]);
    figure(`page helpers: shell + ${id} only (per-helper chunk), gzip`, kb(one.gzip), 'kB');
  }
}

async function send(page: Page, type: string, payload: unknown) {
  const r = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
  if (!r?.ok) throw new Error(`${type} failed: ${JSON.stringify(r?.error)}`);
  return r.data;
}

async function waitSynced(page: Page, accountKey: string) {
  for (let i = 0; i < 600; i++) {
    const s = await send(page, 'orders.syncStatus', {});
    const mine = s.accounts.find((a: { accountKey: string }) => a.accountKey === accountKey);
    if (mine?.lastSyncAt && mine.phase !== 'running') return;
    await page.waitForTimeout(100);
  }
  throw new Error(`sync of ${accountKey} did not finish`);
}

/** Consent, the Coupang vendor by message, the 1688 seller through its authorization window; both synced. */
async function connect(context: BrowserContext, extensionId: string, config: Awaited<ReturnType<typeof configOf>>) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await send(page, 'privacy.acceptConsent', { version: 1, locale: 'en' });
  const vendor = config.coupang.vendors[0];
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  await send(page, 'connections.addCoupang', {
    ...pick(vendor, ['vendorId', 'accessKey', 'secretKey']),
    keyIssuedAt: today,
  });
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
  await waitSynced(page, `coupang:${vendor.vendorId}`);
  await waitSynced(page, `alibaba:${config.alibaba.samples.sellerMemberId}`);
  return page;
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

async function configOf(controlUrl: string) {
  return (await control(controlUrl, 'POST', '/reset', { orders: 60 }))
    .config as import('../sandbox/config').SandboxConfig;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Marks of one page load: content-script start, panel mounted, data shown (ms since navigation start). */
async function marksOf(page: Page): Promise<Record<string, number>> {
  const read = `Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('crossdock:')).map((m) => [m.name.slice(10), m.startTime]))`;
  for (let i = 0; i < 100; i++) {
    // Marks are per document; read them from the content script's world to be independent of the page.
    const marks = await evaluateInContentScript<Record<string, number>>(page, read);
    if (marks.data !== undefined && marks.mounted !== undefined) return marks;
    await page.waitForTimeout(50);
  }
  throw new Error(`no panel data on ${page.url()}`);
}

async function timings(): Promise<void> {
  await withSandbox(async ({ config: started }) => {
    const config = await configOf(started.controlUrl);
    await withBrowser(async (context, extensionId) => {
      await connect(context, extensionId, config);
      const pages: Array<[string, string]> = [
        ['offer-1688 (detail.1688.com offer)', config.pages.offerUrl],
        ['order-1688 (trade order detail)', config.pages.tradeOrderUrl],
        ['wing-coupang (Wing order page)', config.pages.wingOrderUrl],
      ];
      for (const [name, url] of pages) {
        const mounted: number[] = [];
        const data: number[] = [];
        const start: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const page = await context.newPage();
          await page.goto(url);
          const m = await marksOf(page);
          start.push(m.start);
          mounted.push(m.mounted - m.start);
          data.push(m.data - m.start);
          await page.close();
        }
        figure(`page helpers: ${name}: navigation → script start (median of ${RUNS})`, median(start), 'ms');
        figure(`page helpers: ${name}: script start → panel mounted (median of ${RUNS})`, median(mounted), 'ms');
        figure(`page helpers: ${name}: script start → API data shown (median of ${RUNS})`, median(data), 'ms');
      }
    });
  });
}

export async function run(): Promise<void> {
  await sizes();
  await timings();
}
