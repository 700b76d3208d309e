/**
 * Page opens timed in a Chromium no debugger is attached to, as in a seller's browser.
 *
 * Playwright attaches to every page it can see: each new tab waits for Playwright's own setup
 * commands, and every page load runs its scripts and sends it events. Measured here, that made
 * an empty extension page's first row 56–267 ms instead of 53–130 ms.
 *
 * So this launches Chromium itself, with the bench's extension loaded. The DevTools HTTP port is
 * used once to open a driver page (`/json/new` creates a tab without attaching to it). The driver
 * is an extension page (plain-pages/driver.js). It connects the sandbox vendor, waits for the sync
 * and opens each page in a new tab. Each page's first script (plain-pages/watch.js) reports when its
 * first row was shown. Results come back to a small HTTP server here.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_ID } from '../build/extension-key';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../scripts/chromium';
import { BROWSER_MARKER, buildForBench, FLOOR_PAGE } from './support';

/** The pages the driver can open, each with plain-pages/watch.js as its first script. */
export const PLAIN_PAGES = { floor: 'bench-plain-floor.html', sidePanel: 'bench-plain-sidepanel.html' } as const;

/** Chromium's switches as Playwright launches it (those that bear on timing), minus its debugger. */
const AS_PLAYWRIGHT_LAUNCHES = [
  '--headless',
  '--no-sandbox',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-ipc-flooding-protection',
  '--disable-back-forward-cache',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
];

export interface PlainOpensJob {
  vendor: { vendorId: string; accessKey: string; secretKey: string };
  /** How many rounds; each round opens every page once, in order. */
  opens: number;
  pages: string[];
  /** Pause after the sync ends, and after each open (a seller's clicks are seconds apart). */
  settleMs: number;
  pauseMs: number;
}

/** Adds the driver and the watched pages to the bench's build folder (never to one that ships). */
function writePlainPages(dir: string): void {
  const here = path.join(import.meta.dirname, 'plain-pages');
  copyFileSync(path.join(here, 'watch.js'), path.join(dir, 'bench-watch.js'));
  copyFileSync(path.join(here, 'driver.js'), path.join(dir, 'bench-driver.js'));
  copyFileSync(path.join(here, 'driver.html'), path.join(dir, 'bench-driver.html'));
  const watched = (html: string) => html.replace(/<head>/i, '<head><script src="/bench-watch.js"></script>');
  for (const [from, to] of [
    [FLOOR_PAGE, PLAIN_PAGES.floor],
    ['sidepanel.html', PLAIN_PAGES.sidePanel],
  ] as const) {
    writeFileSync(path.join(dir, to), watched(readFileSync(path.join(dir, from), 'utf8')));
  }
}

/** Listens for the driver's reports; resolves with one record per round. */
function reportServer(job: PlainOpensJob): { server: Server; rounds: Promise<Record<string, number>[]> } {
  const rounds: Record<string, number>[] = [];
  let settle!: (r: Record<string, number>[]) => void;
  let fail!: (e: Error) => void;
  const done = new Promise<Record<string, number>[]>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      res.setHeader('access-control-allow-origin', '*');
      if (req.url === '/job') {
        res.end(JSON.stringify(job));
        return;
      }
      res.end('ok');
      if (req.url === '/open') rounds.push(JSON.parse(body));
      else if (req.url === '/done') settle(rounds);
      else if (req.url === '/error') fail(new Error(`bench driver: ${JSON.parse(body).message}`));
    });
  });
  server.listen(0, '127.0.0.1');
  return { server, rounds: done };
}

async function devToolsPort(profile: string, browser: ChildProcess): Promise<number> {
  const file = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 300; i++) {
    if (browser.exitCode !== null) throw new Error(`Chromium exited with ${browser.exitCode}`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Chromium did not open its DevTools port within 30 s');
}

/** Runs `job` in a fresh plain Chromium; one record per round: page → ms to its first row. */
export async function plainOpens(job: PlainOpensJob, timeoutMs = 15 * 60_000): Promise<Record<string, number>[]> {
  const ext = buildForBench();
  writePlainPages(ext);
  const { server, rounds } = reportServer(job);
  await new Promise((r) => server.once('listening', r));
  const report = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(tmpdir(), BROWSER_MARKER));
  const browser = spawn(
    findChromium(),
    [
      ...AS_PLAYWRIGHT_LAUNCHES,
      ...QUIET_CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let timer: NodeJS.Timeout | undefined;
  try {
    const port = await devToolsPort(profile, browser);
    const driver = `chrome-extension://${EXTENSION_ID}/bench-driver.html?report=${encodeURIComponent(report)}`;
    const opened = await fetch(`http://127.0.0.1:${port}/json/new?${driver}`, { method: 'PUT' });
    if (!opened.ok) throw new Error(`could not open the bench driver: HTTP ${opened.status}`);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`plain-browser opens: no result within ${timeoutMs} ms`)), timeoutMs);
    });
    return await Promise.race([rounds, timeout]);
  } finally {
    clearTimeout(timer);
    server.close();
    if (browser.exitCode === null) {
      const exited = new Promise((r) => browser.once('exit', r));
      browser.kill();
      await exited;
    }
    // The browser's helper processes can still be writing to the profile for a moment after it
    // exits: retry, and never lose the figures over a temporary folder.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    } catch (error) {
      console.warn(`could not remove ${profile}: ${String(error)}`);
    }
  }
}
