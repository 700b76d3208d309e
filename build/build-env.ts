/**
 * Build-time configuration: which marketplace hosts this build talks to.
 *
 * The same code runs against the real marketplaces (the default) and against the local sandbox
 * (`CROSSDOCK_TARGET=sandbox`). Everything that differs between the two is decided here, once, and
 * reaches the extension as the `__CROSSDOCK_BUILD__` constant (see utils/config/build-config.ts)
 * and as manifest permissions / content-script matches (see wxt.config.ts).
 */

import { siteMatchFor } from '../utils/config/site-match';

export type BuildTarget = 'production' | 'sandbox';

export interface BuildEnv {
  target: BuildTarget;
  coupangBaseUrl: string;
  alibabaGatewayBaseUrl: string;
  alibabaAuthBaseUrl: string;
  /**
   * Seller pages' hosts are written as the real ones in code (detail.1688.com, wing.coupang.com …).
   * A sandbox build serves them as `<real host>.localhost` over http on the sandbox pages port, so
   * a helper's URL logic sees the same paths either way.
   */
  sitePageScheme: 'https' | 'http';
  sitePageHostSuffix: string;
  /** Optional default signing relay for 1688 relay mode ('' = none configured). */
  relayBaseUrl: string;
  support: { email: string; wangwang: string };
  /** Output folder under .output/ (a sandbox build never overwrites the production one). */
  outDirName: string;
  /** Host permissions the manifest declares. */
  hostPermissions: string[];
}

/** Ports of a sandbox started with a given base port (see sandbox/server.ts). */
export function sandboxPorts(base: number) {
  return { coupang: base, alibaba: base + 1, pages: base + 2, control: base + 3, relay: base + 4 };
}

export const DEFAULT_SANDBOX_PORT = 18080;
/**
 * The E2E suite builds against its own port range so it never collides with `npm start`.
 * CROSSDOCK_E2E_PORT moves it (and its build folder) so two suites can run side by side.
 */
export function e2eTarget(env: NodeJS.ProcessEnv = process.env): { port: number; outDir: string } {
  const custom = env.CROSSDOCK_E2E_PORT;
  const port = Number(custom ?? 28080);
  return { port, outDir: custom ? `chrome-mv3-e2e-${port}` : 'chrome-mv3-e2e' };
}

export function resolveBuildEnv(env: NodeJS.ProcessEnv = process.env): BuildEnv {
  const target: BuildTarget = env.CROSSDOCK_TARGET === 'sandbox' ? 'sandbox' : 'production';
  const support = {
    email: env.CROSSDOCK_SUPPORT_EMAIL ?? 'support@crossdock.example',
    wangwang: env.CROSSDOCK_SUPPORT_WANGWANG ?? 'crossdock-support',
  };
  if (target === 'production') {
    return {
      target,
      coupangBaseUrl: 'https://api-gateway.coupang.com',
      alibabaGatewayBaseUrl: 'https://gw.open.1688.com',
      alibabaAuthBaseUrl: 'https://auth.1688.com',
      sitePageScheme: 'https',
      sitePageHostSuffix: '',
      relayBaseUrl: env.CROSSDOCK_RELAY_URL ?? '',
      support,
      hostPermissions: ['https://api-gateway.coupang.com/*', 'https://gw.open.1688.com/*'],
      outDirName: env.CROSSDOCK_OUT_DIR ?? 'chrome-mv3',
    };
  }
  const port = Number(env.CROSSDOCK_SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
  const p = sandboxPorts(port);
  return {
    target,
    coupangBaseUrl: `http://127.0.0.1:${p.coupang}`,
    alibabaGatewayBaseUrl: `http://127.0.0.1:${p.alibaba}`,
    alibabaAuthBaseUrl: `http://127.0.0.1:${p.alibaba}`,
    sitePageScheme: 'http',
    sitePageHostSuffix: '.localhost',
    relayBaseUrl: env.CROSSDOCK_RELAY_URL ?? `http://127.0.0.1:${p.relay}`,
    support,
    // Port-less patterns match every port (verified in Chromium).
    hostPermissions: ['http://127.0.0.1/*'],
    outDirName: env.CROSSDOCK_OUT_DIR ?? 'chrome-mv3-sandbox',
  };
}

/** Rewrites a production content-script match (`https://detail.1688.com/offer/*`) for this build. */
export function matchForBuild(env: BuildEnv, productionMatch: string): string {
  return siteMatchFor(env, productionMatch);
}

/** The E2E sandbox's base port (CROSSDOCK_E2E_PORT or 28080). */
export const E2E_SANDBOX_PORT = e2eTarget().port;
