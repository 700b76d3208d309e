import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { BrowserContext, Page } from '@playwright/test';
import { E2E_SANDBOX_PORT, sandboxPorts } from '../../../build/build-env';
import type { SandboxConfig } from '../../../sandbox/config';
import { DEFAULT_SETTINGS } from '../../../sandbox/core/context';
import { expect, test } from '../fixtures';
import type { SandboxControl } from './control';

/**
 * 1688 E2E support: the signing relay (relay/node.ts as a child process, configured with the
 * sandbox's app and gateway, on the relay port the sandbox build points at), and the steps every
 * 1688 spec shares (consent, connecting through the real OAuth window).
 */
export const RELAY_PAIRING_CODE = 'e2e-pairing-code-1688';

export interface RunningRelay {
  url: string;
  /** One JSON line per request (method, route pattern, status): what the relay logged. */
  log: string[];
  routes(): string[];
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../../..');

export async function startRelay(config: SandboxConfig): Promise<RunningRelay> {
  const port = sandboxPorts(E2E_SANDBOX_PORT).relay;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'relay/node.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      RELAY_APP_KEY: config.alibaba.appKey,
      RELAY_APP_SECRET: config.alibaba.appSecret,
      RELAY_GATEWAY_URL: config.alibaba.gatewayBaseUrl,
      RELAY_PAIRING_CODE,
      RELAY_PORT: String(port),
      RELAY_HOST: '127.0.0.1',
      RELAY_RATE_LIMIT: '50',
    },
  });
  const log: string[] = [];
  const rl = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    rl.on('line', (line) => {
      if (line.includes('listening on')) resolve();
      else if (line.startsWith('{')) log.push(line);
    });
    child.once('exit', (code) => reject(new Error(`relay exited with ${code} before it was ready`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    routes: () =>
      log.map((l) => {
        try {
          return (JSON.parse(l) as { route: string }).route;
        } catch {
          return '';
        }
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The E2E fixtures plus a relay per worker (started only by tests that use it). */
export const relayTest = test.extend<object, { relay: RunningRelay }>({
  relay: [
    async ({ sandbox }, use) => {
      const relay = await startRelay(sandbox.config);
      await use(relay);
      await relay.stop();
    },
    { scope: 'worker' },
  ],
});

/**
 * A sandbox reset that also restores the 1688 token and code lifetimes (the control reset keeps
 * settings a previous test changed, e.g. a zero code lifetime).
 */
export function reset1688(control: SandboxControl, orders = 8) {
  const d = DEFAULT_SETTINGS;
  return control.reset({
    orders,
    settings: {
      alibabaCodeSeconds: d.alibabaCodeSeconds,
      alibabaAccessTokenSeconds: d.alibabaAccessTokenSeconds,
      alibabaRefreshTokenSeconds: d.alibabaRefreshTokenSeconds,
      alibabaCallsPerSecond: d.alibabaCallsPerSecond,
    },
  });
}

/** Consent first (compliance C4): the background refuses every 1688 call until it is recorded. */
export async function acceptConsent(page: Page): Promise<void> {
  const reply = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'privacy.acceptConsent', payload: { version: 1, locale: 'en' } }),
  );
  expect((reply as { ok: boolean }).ok).toBe(true);
}

/** Sends a message to the background from an extension page (as the UI would). */
export async function sendFrom<T = unknown>(
  page: Page,
  type: string,
  payload: unknown,
): Promise<{ ok: boolean; data?: T; error?: { code: string; kind?: string } }> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

export interface ConnectOptions {
  mode?: 'ownApp' | 'relay';
  appKey?: string;
  appSecret?: string;
  relayUrl?: string;
  pairingCode?: string;
  /** Which member signs in on the consent page (default: the page's default, the seller). */
  memberId?: string;
  /** What happens in the 1688 window. */
  action?: 'authorize' | 'deny' | 'tamperState' | 'close';
}

/** Fills the options 1688 form, presses Connect, and plays the 1688 authorization window. */
export async function connectThroughOptions(
  context: BrowserContext,
  options: Page,
  config: SandboxConfig,
  o: ConnectOptions = {},
): Promise<void> {
  const form = options.getByTestId('alibaba-connect-form');
  await form.getByTestId(`alibaba-mode-${o.mode ?? 'ownApp'}`).check();
  if (o.mode === 'relay') {
    if (o.relayUrl) await form.getByTestId('alibaba-relay-url').fill(o.relayUrl);
    await form.getByTestId('alibaba-pairing-code').fill(o.pairingCode ?? RELAY_PAIRING_CODE);
  } else {
    await form.getByTestId('alibaba-app-secret').fill(o.appSecret ?? config.alibaba.appSecret);
  }
  await form.getByTestId('alibaba-app-key').fill(o.appKey ?? config.alibaba.appKey);
  const authWindow = context.waitForEvent('page', { predicate: (p) => p.url().includes('/oauth/authorize') });
  await form.getByTestId('alibaba-connect').click();
  const auth = await authWindow;
  await auth.waitForLoadState('domcontentloaded');
  await expect(auth.locator('#authorize')).toBeVisible();
  if (o.memberId) await auth.locator('#member').selectOption(o.memberId);
  switch (o.action ?? 'authorize') {
    case 'authorize':
      await auth.locator('#authorize').click();
      break;
    case 'deny':
      await auth.locator('#deny').click();
      break;
    case 'tamperState':
      // A forged or crossed-over answer: the state coming back is not the one Crossdock sent.
      await auth.locator('input[name="state"]').evaluate((el) => {
        (el as HTMLInputElement).value = 'forged-state-value';
      });
      await auth.locator('#authorize').click();
      break;
    case 'close':
      await auth.close();
      break;
  }
}

/** Options, with consent given, ready at the 1688 block. */
export async function openOptions(openExtensionPage: (p: string) => Promise<Page>): Promise<Page> {
  const page = await openExtensionPage('options.html');
  await acceptConsent(page);
  await page.reload();
  await expect(page.getByTestId('alibaba-connections')).toBeVisible();
  return page;
}
