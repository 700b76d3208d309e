/**
 * The build-time configuration as the extension sees it at run time. Values come from
 * build/build-env.ts through Vite's `define`, so a production bundle contains only real hosts.
 */
export interface BuildConfig {
  target: 'production' | 'sandbox';
  coupangBaseUrl: string;
  alibabaGatewayBaseUrl: string;
  alibabaAuthBaseUrl: string;
  sitePageScheme: 'https' | 'http';
  sitePageHostSuffix: string;
  relayBaseUrl: string;
  support: { email: string; wangwang: string };
}

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
