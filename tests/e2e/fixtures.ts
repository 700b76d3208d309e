import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { e2eTarget } from '../../build/build-env';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium';
import { spawnSandbox } from '../../scripts/run-sandbox';
import type { SandboxConfig } from '../../sandbox/server';
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
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (name: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    });
  },
});

export const expect = test.expect;
