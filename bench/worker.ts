/**
 * Background figures: the worker bundle's size (gzip -9), the time from waking a stopped worker
 * to its first reply (÷ 100 ms), and the cache write of the orders it holds ÷ a raw idb put of
 * the same records (÷ 1.5 target), measured inside the worker by the sandbox build's bench hook
 * (utils/background/store/cache-bench.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { buildForBench, figure, ratio } from './support';

const WAKES = 5;

async function workerTarget(cdp: CDPSession) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
}

/** Stops the worker as Chrome does when it is idle, then times one message from send to reply. */
async function wakeToReply(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const worker = await workerTarget(cdp);
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  for (let i = 0; i < 100 && (await workerTarget(cdp)); i++) await page.waitForTimeout(50);
  await cdp.detach();
  // A message that arrives while the old worker is still shutting down fails; the time to the
  // reply counts from the first attempt.
  return page.evaluate(async () => {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) {
      const reply = await chrome.runtime.sendMessage({ type: 'system.ping', payload: {} }).catch(() => undefined);
      if (reply?.ok) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the worker did not answer');
  });
}

export async function measureWorker(context: BrowserContext, page: Page): Promise<void> {
  const dir = buildForBench();
  const bundle = readFileSync(path.join(dir, 'background.js'));
  figure('background bundle, raw', bundle.length / 1000, 'kB');
  figure('background bundle, gzip -9', gzipSync(bundle, { level: 9 }).length / 1000, 'kB');
  // The worker is an ES module: it also loads the chunks it shares with the pages, each wake.
  const chunks = [...new Set([...bundle.toString('utf8').matchAll(/from"\.\/(chunks\/[^"]+)"/g)].map((m) => m[1]!))];
  const loaded = Buffer.concat([bundle, ...chunks.map((c) => readFileSync(path.join(dir, c)))]);
  figure(`background + the ${chunks.length} chunks it imports, raw`, loaded.length / 1000, 'kB');
  figure(
    `background + the ${chunks.length} chunks it imports, gzip -9`,
    gzipSync(loaded, { level: 9 }).length / 1000,
    'kB',
  );

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

  const wakes: number[] = [];
  for (let i = 0; i < WAKES; i++) wakes.push(await wakeToReply(context, page));
  const sorted = [...wakes].sort((a, b) => a - b);
  ratio(
    `worker wake → first reply, median of ${WAKES} ÷ 100 ms`,
    sorted[Math.floor(WAKES / 2)] / 100,
    `worst ${sorted[WAKES - 1].toFixed(0)} ms`,
  );
}
