/**
 * Page-helper figures (issues 7, 13, 18), each also as measured ÷ target (≤ 1 meets it):
 * - injected code per page, gzip -9: what the browser injects into each seller page (the content
 *   script the background registers for the helpers that are on — all of them here; its styles
 *   ship inside it). Since issue 18 the helpers themselves, their data and their
 *   inputs live in the helper frame (an extension page), so every page gets the same small shell;
 * - time from content-script start to the panel's shell mounted, and on to the helper's API data
 *   shown in the frame, on sandbox seller pages in Chromium, from the `crossdock:*` performance
 *   marks a sandbox build leaves (utils/page-helpers/timing.ts; production builds leave none).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { evaluateInContentScript } from '../tests/e2e/support/isolated-world';
import { connectBoth, resetSandbox, type SandboxConfig } from './connect';
import { buildForBench, figure, withBrowser, withSandbox } from './support';

const RUNS = 5;
/** Issue 13's targets. */
const TARGET_GZIP_KB = 15;
const TARGET_MOUNT_MS = 10;

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => n / 1000;
const ratio = (measured: number, target: number) => `${(measured / target).toFixed(2)} of target`;

/** A content script as the manifest or chrome.scripting names it. */
interface InjectedScript {
  matches?: string[];
  js?: string[];
  css?: string[];
}

/**
 * Every file the browser injects into `pageUrl`: the manifest's content scripts (none since issue
 * 13) and the scripts the background registered at run time, read from Chrome itself (so the
 * figure is what this build really injects with every helper on), sized from the build folder.
 */
function injectedGzip(ext: string, pageUrl: string, registered: InjectedScript[]): number {
  const manifest = JSON.parse(readFileSync(path.join(ext, 'manifest.json'), 'utf8')) as {
    content_scripts?: InjectedScript[];
  };
  const files = [...(manifest.content_scripts ?? []), ...registered]
    .filter((cs) => (cs.matches ?? []).some((m) => matches(m, pageUrl)))
    .flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  if (files.length === 0) throw new Error(`nothing is injected into ${pageUrl}`);
  return files.reduce((n, f) => n + gz(readFileSync(path.join(ext, f))), 0);
}

/** The content scripts the background has registered (chrome.scripting), read in the worker. */
async function registeredScripts(context: BrowserContext): Promise<InjectedScript[]> {
  const [sw] = context.serviceWorkers();
  return sw.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

function matches(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const u = new URL(url);
  const re = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return (m[1] === '*' || `${m[1]}:` === u.protocol) && u.hostname === m[2] && re(m[3]).test(u.pathname + u.search);
}

function sizes(pages: Array<[string, string]>, registered: InjectedScript[]): void {
  const ext = buildForBench();
  for (const [name, url] of pages) {
    const size = kb(injectedGzip(ext, url, registered));
    figure(`page helpers: ${name}: injected code, gzip`, size, 'kB');
    figure(`page helpers: ${name}: injected code ÷ ${TARGET_GZIP_KB} kB`, ratio(size, TARGET_GZIP_KB));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Absolute times (ms since the epoch) of the `crossdock:*` marks of one document. */
const READ_MARKS = `Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('crossdock:')).map((m) => [m.name.slice(10), performance.timeOrigin + m.startTime]))`;

/** Marks of one page load: content-script start and shell mounted (page), data shown (helper frame). */
async function marksOf(page: Page): Promise<Record<string, number>> {
  for (let i = 0; i < 200; i++) {
    // Marks are per document: the shell's from the content script's world, the data's from the frame.
    const shell = await evaluateInContentScript<Record<string, number>>(page, READ_MARKS);
    const frame = page.frames().find((f: Frame) => f.url().includes('/helper-frame.html'));
    const data = frame ? await frame.evaluate(READ_MARKS).catch(() => ({})) : {};
    const marks = { ...shell, ...(data as Record<string, number>) };
    if (marks.data !== undefined && marks.mounted !== undefined && marks.start !== undefined) return marks;
    await page.waitForTimeout(50);
  }
  throw new Error(`no panel data on ${page.url()}`);
}

function pagesOf(config: SandboxConfig): Array<[string, string]> {
  return [
    ['offer-1688 (detail.1688.com offer)', config.pages.offerUrl],
    ['order-1688 (trade order detail)', config.pages.tradeOrderUrl],
    ['wing-coupang (Wing order page)', config.pages.wingOrderUrl],
  ];
}

export async function run(): Promise<void> {
  await withSandbox(async ({ config: started }) => {
    const config = await resetSandbox(started.controlUrl, 60);
    await withBrowser(async (context, extensionId) => {
      await connectBoth(context, extensionId, config);
      sizes(pagesOf(config), await registeredScripts(context));
      for (const [name, url] of pagesOf(config)) {
        const mounted: number[] = [];
        const data: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const page = await context.newPage();
          await page.goto(url);
          const m = await marksOf(page);
          mounted.push(m.mounted - m.start);
          data.push(m.data - m.start);
          await page.close();
        }
        const mount = median(mounted);
        figure(`page helpers: ${name}: script start → panel mounted (median of ${RUNS})`, mount, 'ms');
        figure(`page helpers: ${name}: start → mounted ÷ ${TARGET_MOUNT_MS} ms`, ratio(mount, TARGET_MOUNT_MS));
        figure(`page helpers: ${name}: script start → API data shown (median of ${RUNS})`, median(data), 'ms');
      }
    });
  });
}
