import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { e2eTarget } from '../../build/build-env';
import { EXTENSION_ID } from '../../build/extension-key';
import type { SandboxConfig } from '../../sandbox/config';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium';
import { spawnSandbox } from '../../scripts/run-sandbox';
import { SandboxControl } from './support/control';

export const E2E = e2eTarget();
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output', E2E.outDir);

interface WorkerFixtures {
  sandbox: { config: SandboxConfig; control: SandboxControl };
}
interface TestFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page (popup.html, sidepanel.html, options.html) in a tab. */
  openExtensionPage(page: string): Promise<Page>;
  control: SandboxControl;
  /** Every request the browser made during the test (checked after it: compliance C3). */
  networkLog: SeenRequest[];
}

/** A request and who made it: 'service-worker', or the URL of the frame that made it. */
export interface SeenRequest {
  url: string;
  from: string;
}

/**
 * Where an E2E browser may send requests: the extension itself, the sandbox marketplaces and relay
 * (the configured API origins of this build), the sandbox seller pages and the OAuth redirect host.
 */
export function isConfiguredOrigin(url: string, config: SandboxConfig): boolean {
  const u = new URL(url);
  if (['data:', 'blob:', 'about:', 'chrome:'].includes(u.protocol)) return true;
  if (u.protocol === 'chrome-extension:') return u.host === EXTENSION_ID;
  const api = [
    config.coupang.baseUrl,
    config.alibaba.gatewayBaseUrl,
    config.alibaba.authBaseUrl,
    `http://127.0.0.1:${config.ports.relay}`,
  ];
  if (api.some((a) => new URL(a).origin === u.origin)) return true;
  if (u.protocol === 'http:' && u.hostname.endsWith('.localhost') && u.port === String(config.pages.port)) return true;
  return u.origin === `https://${EXTENSION_ID}.chromiumapp.org`;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sandbox: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
    async ({}, use) => {
      const running = await spawnSandbox(E2E.port);
      await use({ config: running.config, control: new SandboxControl(running.config) });
      await running.stop();
    },
    { scope: 'worker' },
  ],
  control: async ({ sandbox }, use) => {
    await sandbox.control.reset();
    await use(sandbox.control);
  },
  context: async ({ control: _control }, use) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'crossdock-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        ...QUIET_CHROMIUM_FLAGS,
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  networkLog: [
    // Service-worker requests are reported by default in Playwright 1.65 (no env var needed): privacy.spec.ts checks it.
    async ({ context, sandbox }, use) => {
      const seen: SeenRequest[] = [];
      context.on('request', (r) => {
        let from = 'service-worker';
        if (!r.serviceWorker()) {
          // A navigation asked for before its frame exists (a side panel opened by a notification
          // click) has no frame yet: Playwright throws rather than answer.
          try {
            from = r.frame().url() || 'page';
          } catch {
            from = 'page';
          }
        }
        seen.push({ url: r.url(), from });
      });
      await use(seen);
      const strays = seen.filter((r) => !isConfiguredOrigin(r.url, sandbox.config));
      base.expect(strays, 'requests to origins this build does not configure').toEqual([]);
    },
    { auto: true },
  ],
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (name: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    });
  },
});

export const expect = test.expect;
