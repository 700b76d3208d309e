import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { e2eTarget } from '../build/build-env';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../scripts/chromium';
import { spawnSandbox } from '../scripts/run-sandbox';

/**
 * Benchmarks run on their own ports and build folder, so they never disturb a test run: by default
 * 34080–34084, above the range parallel E2E suites use (CROSSDOCK_E2E_PORT 28080 and up);
 * CROSSDOCK_BENCH_PORT moves them.
 */
export const BENCH = e2eTarget({ ...process.env, CROSSDOCK_E2E_PORT: process.env.CROSSDOCK_BENCH_PORT ?? '34080' });
const root = path.resolve(import.meta.dirname, '..');

let built = false;
export function buildForBench(): string {
  if (!built) {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
      cwd: root,
      stdio: 'ignore',
      env: {
        ...process.env,
        CROSSDOCK_TARGET: 'sandbox',
        CROSSDOCK_SANDBOX_PORT: String(BENCH.port),
        CROSSDOCK_OUT_DIR: BENCH.outDir,
      },
    });
    built = true;
    writeFloorPage(path.join(root, '.output', BENCH.outDir));
  }
  return path.join(root, '.output', BENCH.outDir);
}

/** The page the side-panel figures are compared with: see FLOOR_PAGE. */
export const FLOOR_PAGE = 'bench-floor.html';

/**
 * Chromium's own floor for "an extension page shows a row": a page with one module script that
 * adds one element, timed like the side panel. Added to the bench's build folder only (never to a
 * build that ships), so the bench can print which part of an open is the browser's and which ours.
 */
function writeFloorPage(dir: string): void {
  writeFileSync(
    path.join(dir, FLOOR_PAGE),
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title>' +
      '<script type="module" src="/bench-floor.js"></script></head><body><div id="app"></div></body></html>',
  );
  writeFileSync(
    path.join(dir, 'bench-floor.js'),
    "const row = document.createElement('div');\nrow.dataset.testid = 'order-row';\n" +
      "row.textContent = 'floor';\ndocument.getElementById('app').append(row);\n",
  );
}

export async function withBrowser<T>(fn: (ctx: BrowserContext, extensionId: string) => Promise<T>): Promise<T> {
  const ext = buildForBench();
  const profile = mkdtempSync(path.join(tmpdir(), BROWSER_MARKER));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', ...QUIET_CHROMIUM_FLAGS],
  });
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    return await fn(context, new URL(sw.url()).host);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function withSandbox<T>(fn: (s: Awaited<ReturnType<typeof spawnSandbox>>) => Promise<T>): Promise<T> {
  const s = await spawnSandbox(BENCH.port);
  try {
    return await fn(s);
  } finally {
    await s.stop();
  }
}

export async function control(controlUrl: string, method: string, p: string, body?: unknown) {
  const res = await fetch(`${controlUrl}${p}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

/**
 * Puts ready-made cache records (the shape store/cache.ts writes; non-PII kinds only: they are not
 * sealed) into the extension's IndexedDB from one of its pages: same origin, same database as the
 * service worker. How benchmarks stand up data the sandbox could not produce in time.
 */
export async function writeCache(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(async (recs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('crossdock');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('cache', 'readwrite');
      for (const rec of recs) tx.objectStore('cache').put(rec);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** A figure measured against its target: `name  ratio ×  (detail)`. */
export function ratio(name: string, value: number, detail = ''): void {
  figure(name, `${value.toFixed(2)} ×${detail ? `  (${detail})` : ''}`);
}

/** Part of the bench browser's profile folder name: in the command line of all its processes. */
export const BROWSER_MARKER = 'crossdock-bench-';

/** One printed figure: `name: value unit` — benchmarks print, they never assert. */
export function figure(name: string, value: number | string, unit = ''): void {
  const text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : value;
  console.log(`${name.padEnd(72)} ${text} ${unit}`.trimEnd());
}

/**
 * CPU seconds (user + system) used so far by the processes whose command line contains `marker`
 * (Linux /proc; 0 elsewhere). On a shared machine wall times depend on the other load; CPU spent
 * per request does much less, and says what rate an idle machine could reach.
 */
export function cpuSeconds(marker: string): number {
  let ticks = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').includes(marker)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / 100; // USER_HZ
}
