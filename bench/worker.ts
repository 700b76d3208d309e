/**
 * Background figures (issue 13): the worker bundle's size (gzip -9), the time from waking a stopped
 * worker to its first reply (÷ 100 ms) — a ping, and a reply that reads stored data — with where a
 * wake's time goes (from the worker's own clock, sandbox builds only: utils/background/wake-timing.ts),
 * and (from the Coupang bench, over the orders it synced) the cache write ÷ a raw idb put of the
 * same records (÷ 1.5 target), measured inside the worker by the sandbox build's bench hook
 * (utils/background/store/cache-bench.ts).
 * `npm run bench -- worker` wakes a worker holding both marketplaces' accounts and synced orders.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { WINDOW_SIZE } from '../entrypoints/sidepanel/orders/prefetched-windows';
import { connectBoth, resetSandbox } from './connect';
import { buildForBench, figure, ratio, withBrowser, withSandbox } from './support';

const WAKES = Number(process.env.CROSSDOCK_BENCH_WAKES ?? 5);
/** Orders per marketplace the woken worker holds (the sync that fills them is not measured here). */
const ORDERS = Number(process.env.CROSSDOCK_BENCH_WAKE_ORDERS ?? 500);

async function workerTarget(cdp: CDPSession) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
}

/** Phases of one wake, ms on the worker's clock (0 = the worker's global created). */
interface WakeTiming {
  main: number;
  listening: number;
  firstMessage?: number;
  firstReply?: number;
}

/** Stops the worker as Chrome does when it is idle, then times one message from send to reply. */
async function wakeToReply(
  context: BrowserContext,
  page: Page,
  type: string,
  payload: unknown,
): Promise<{ ms: number; worker?: WakeTiming }> {
  const cdp = await context.newCDPSession(page);
  const worker = await workerTarget(cdp);
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  for (let i = 0; i < 100 && (await workerTarget(cdp)); i++) await page.waitForTimeout(50);
  await cdp.detach();
  const woken = context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => undefined);
  // A message that arrives while the old worker is still shutting down fails; the time to the
  // reply counts from the first attempt.
  const ms = await page.evaluate(
    async ([t, p]) => {
      const t0 = performance.now();
      for (let i = 0; i < 100; i++) {
        const reply = await chrome.runtime.sendMessage({ type: t, payload: p }).catch(() => undefined);
        if (reply?.ok) return performance.now() - t0;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error('the worker did not answer');
    },
    [type, payload] as const,
  );
  const sw: Worker | undefined = (await woken) ?? context.serviceWorkers().at(-1);
  const timing = await sw
    ?.evaluate(() => (globalThis as { crossdockWakeTiming?: WakeTiming }).crossdockWakeTiming)
    .catch(() => undefined);
  return { ms, worker: timing };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wakes the worker WAKES times with one message type and prints the median, the worst and the phases. */
async function measureWakes(
  context: BrowserContext,
  page: Page,
  type: string,
  label: string,
  payload: unknown = {},
): Promise<void> {
  const runs: Array<{ ms: number; worker?: WakeTiming }> = [];
  for (let i = 0; i < WAKES; i++) runs.push(await wakeToReply(context, page, type, payload));
  const ms = runs.map((r) => r.ms);
  ratio(
    `worker wake → ${label}, median of ${WAKES} ÷ 100 ms`,
    median(ms) / 100,
    `worst ${Math.max(...ms).toFixed(0)} ms`,
  );
  const phases = runs.map((r) => r.worker).filter((w): w is WakeTiming => w !== undefined);
  if (phases.length === 0) return;
  const m = (f: (w: WakeTiming) => number | undefined) => median(phases.map((w) => f(w) ?? Number.NaN)).toFixed(1);
  figure(
    `  in the worker (median): modules evaluated / listening / message in / reply out`,
    `${m((w) => w.main)} / ${m((w) => w.listening)} / ${m((w) => w.firstMessage)} / ${m((w) => w.firstReply)} ms`,
  );
}

function measureBundle(): void {
  const dir = buildForBench();
  const bundle = readFileSync(path.join(dir, 'background.js'));
  figure('background bundle, raw', bundle.length / 1000, 'kB');
  figure('background bundle, gzip -9', gzipSync(bundle, { level: 9 }).length / 1000, 'kB');
  // The worker is one classic script (entrypoints/background.ts): a chunk import here means it
  // became an ES module again and loads the pages' shared chunks at each wake.
  const chunks = [...new Set([...bundle.toString('utf8').matchAll(/from"\.\/(chunks\/[^"]+)"/g)].map((m) => m[1]!))];
  if (chunks.length === 0) return;
  const loaded = Buffer.concat([bundle, ...chunks.map((c) => readFileSync(path.join(dir, c)))]);
  figure(`background + the ${chunks.length} chunks it imports, raw`, loaded.length / 1000, 'kB');
  figure(
    `background + the ${chunks.length} chunks it imports, gzip -9`,
    gzipSync(loaded, { level: 9 }).length / 1000,
    'kB',
  );
}

/** The cache write of the orders the worker holds ÷ a raw idb put of the same records. */
export async function measureCacheWrite(context: BrowserContext): Promise<void> {
  const [sw] = context.serviceWorkers().filter((w) => w.url().endsWith('/background.js'));
  const write = await sw.evaluate(() =>
    (
      globalThis as unknown as {
        crossdockBench: { cacheWrite(): Promise<{ count: number; cacheMs: number; rawMs: number }> };
      }
    ).crossdockBench.cacheWrite(),
  );
  ratio(
    `cache write ${write.count.toLocaleString('en')} orders ÷ raw idb put (target ≤ 1.5)`,
    write.cacheMs / write.rawMs,
    `${write.cacheMs.toFixed(0)} ms ÷ ${write.rawMs.toFixed(0)} ms`,
  );
}

export async function run(): Promise<void> {
  measureBundle();
  await withSandbox(async ({ config: started }) => {
    const config = await resetSandbox(started.controlUrl, ORDERS);
    await withBrowser(async (context, extensionId) => {
      const page = await connectBoth(context, extensionId, config);
      await page.waitForTimeout(1_000);
      await measureWakes(context, page, 'system.ping', 'first reply (ping)');
      await measureWakes(context, page, 'popup.summary', 'first data reply (popup summary)');
      // The side panel opened after the worker went idle: its first request, the opening list.
      await measureWakes(context, page, 'orders.query', `side panel's opening list (${2 * ORDERS} orders)`, {
        market: 'coupang',
        tab: 'new',
        sort: 'orderedAt',
        dir: 'desc',
        offset: 0,
        limit: WINDOW_SIZE,
      });
    });
  });
}
