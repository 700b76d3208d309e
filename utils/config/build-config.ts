import type { BuildEnv } from '../../build/build-env';

/**
 * The build-time configuration as the extension sees it at run time: everything build/build-env.ts
 * decides except manifest-only facts. Values come through Vite's `define`, so a production bundle
 * contains only real hosts.
 */
export type BuildConfig = Omit<BuildEnv, 'hostPermissions' | 'outDirName'>;

declare const __CROSSDOCK_BUILD__: BuildConfig | undefined;

const productionDefaults: BuildConfig = {
  target: 'production',
  coupangBaseUrl: 'https://api-gateway.coupang.com',
  alibabaGatewayBaseUrl: 'https://gw.open.1688.com',
  alibabaAuthBaseUrl: 'https://auth.1688.com',
  sitePageScheme: 'https',
  sitePageHostSuffix: '',
  relayBaseUrl: '',
  support: { email: 'support@crossdock.example', wangwang: 'crossdock-support' },
};

export const buildConfig: BuildConfig =
  typeof __CROSSDOCK_BUILD__ !== 'undefined' ? __CROSSDOCK_BUILD__ : productionDefaults;

/** The real marketplace host a page URL stands for (strips the sandbox's `.localhost` suffix). */
export function realSiteHost(url: URL): string {
  const suffix = buildConfig.sitePageHostSuffix;
  return suffix && url.hostname.endsWith(suffix) ? url.hostname.slice(0, -suffix.length) : url.hostname;
}
