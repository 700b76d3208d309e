/**
 * Builds what the end-to-end suite loads: the production build (its manifest is checked) and a
 * sandbox build pointing at the E2E sandbox port, in its own output folder.
 */
import { execFileSync } from 'node:child_process';
import { e2eTarget } from '../build/build-env';

const wxt = (env: Record<string, string>) =>
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });

wxt({ CROSSDOCK_TARGET: 'production' });
const e2e = e2eTarget();
wxt({ CROSSDOCK_TARGET: 'sandbox', CROSSDOCK_SANDBOX_PORT: String(e2e.port), CROSSDOCK_OUT_DIR: e2e.outDir });
