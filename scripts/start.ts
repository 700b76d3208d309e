/**
 * `npm start`: builds Crossdock for the sandbox, starts the sandbox, and opens Chromium with the
 * extension loaded in a fresh profile. Prints the demo credentials so a new user can connect
 * both marketplaces in under a minute.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_SANDBOX_PORT } from '../build/build-env';
import { findChromium, QUIET_CHROMIUM_FLAGS } from './chromium';
import { spawnSandbox } from './run-sandbox';
import { DEFAULT_DEVTOOLS_PORT, devtoolsPortFrom, machineAdvice, machineFacts } from './start-env';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
const headless = process.argv.includes('--headless') || process.env.HEADLESS === '1';
// Headless Chromium is only reachable through DevTools: it gets a port by default; a window gets
// one when asked (`--devtools-port=9333` or CROSSDOCK_DEVTOOLS_PORT=9333).
const devtoolsPort = devtoolsPortFrom(process.argv, process.env) ?? (headless ? DEFAULT_DEVTOOLS_PORT : undefined);

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
const facts = machineFacts(process.env);
const advice = machineAdvice(facts, headless);
if (advice.length) console.log(`\n${advice.join('\n')}\n`);
if (!headless && !facts.display) {
  console.log(`The sandbox keeps running; load ${extDir} into Chrome or Edge on a machine with a display.\n`);
}
const canStart = headless || facts.display;
// A fresh profile per start, removed when Crossdock stops or the browser closes.
const profile = canStart ? mkdtempSync(path.join(tmpdir(), 'crossdock-start-')) : undefined;
const removeProfile = () => {
  if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
};
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extDir}`,
  `--load-extension=${extDir}`,
  ...QUIET_CHROMIUM_FLAGS,
  ...(headless ? ['--headless=new'] : []),
  ...(devtoolsPort ? [`--remote-debugging-port=${devtoolsPort}`] : []),
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  pages.offerUrl,
];
const browserProc = canStart ? spawn(chrome, args, { stdio: 'ignore' }) : undefined;

const demoVendor = coupang.vendors.find((v) => v.allowsLocalIp) ?? coupang.vendors[0];
console.log(`
Crossdock is running on the sandbox.
  Extension:   ${extDir}  (Chromium ${browserProc ? 'started' : 'not started'}${headless ? ', headless' : ''}${browserProc && devtoolsPort ? `, DevTools on :${devtoolsPort}` : ''})
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

/** Waits (briefly) for Chromium to exit: its profile can only be removed once it stopped writing. */
const browserExited = new Promise<void>((resolve) => {
  if (!browserProc) resolve();
  browserProc?.on('exit', () => resolve());
});
const stop = async () => {
  browserProc?.kill('SIGTERM');
  await Promise.race([browserExited, new Promise((r) => setTimeout(r, 5_000))]);
  removeProfile();
  await sandbox.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Whatever ends the process, the profile does not stay behind.
process.on('exit', removeProfile);
browserProc?.on('exit', () => {
  removeProfile();
  console.log('Chromium closed (its temporary profile removed); the sandbox keeps running until Ctrl+C.');
});
