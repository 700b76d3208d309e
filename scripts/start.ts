/**
 * `npm start`: builds Crossdock for the sandbox, starts the sandbox, and opens Chromium with the
 * extension loaded in a fresh profile. Prints the demo credentials so a new user can connect
 * both marketplaces in under a minute.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_SANDBOX_PORT } from '../build/build-env';
import { findChromium, QUIET_CHROMIUM_FLAGS } from './chromium';
import { spawnSandbox } from './run-sandbox';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
const headless = process.argv.includes('--headless') || process.env.HEADLESS === '1';

console.log('Building Crossdock for the sandbox…');
execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CROSSDOCK_TARGET: 'sandbox', CROSSDOCK_SANDBOX_PORT: String(port) },
});
const extDir = path.join(root, '.output/chrome-mv3-sandbox');

const sandbox = await spawnSandbox(port);
const { coupang, alibaba, pages } = sandbox.config;

const chrome = findChromium();
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    '\nNo display found (DISPLAY/WAYLAND_DISPLAY unset), so Chromium cannot open a window here.\n' +
      'Run `npm start -- --headless` to start it headless (for remote debugging), or run under Xvfb:\n' +
      '  xvfb-run -a npm start\n' +
      `The sandbox keeps running; load ${extDir} into Chrome or Edge on a machine with a display.\n`,
  );
}
const profile = mkdtempSync(path.join(tmpdir(), 'crossdock-start-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extDir}`,
  `--load-extension=${extDir}`,
  ...QUIET_CHROMIUM_FLAGS,
  ...(headless ? ['--headless=new', '--remote-debugging-port=9222'] : []),
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  pages.offerUrl,
];
const browserProc =
  !headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
    ? undefined
    : spawn(chrome, args, { stdio: 'ignore' });

const demoVendor = coupang.vendors.find((v) => v.allowsLocalIp) ?? coupang.vendors[0];
console.log(`
Crossdock is running on the sandbox.
  Extension:   ${extDir}  (Chromium ${browserProc ? 'started' : 'not started'}${headless ? ', headless, DevTools on :9222' : ''})
  Control API: ${sandbox.config.controlUrl}

Connect Coupang (Settings → Connections → Coupang):
  vendorId    ${demoVendor.vendorId}
  access key  ${demoVendor.accessKey}
  secret key  ${demoVendor.secretKey}
Connect 1688 (Settings → Connections → 1688, "own app"):
  AppKey      ${alibaba.appKey}
  AppSecret   ${alibaba.appSecret}
  then click Authorize on the sandbox's 1688 authorization page.
Seller pages with helper panels:
  ${pages.offerUrl}
  ${pages.tradeOrderUrl}
  ${pages.wingOrdersUrl}

Ctrl+C stops everything.`);

const stop = async () => {
  browserProc?.kill('SIGTERM');
  await sandbox.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browserProc?.on('exit', () => console.log('Chromium closed; the sandbox keeps running until Ctrl+C.'));
