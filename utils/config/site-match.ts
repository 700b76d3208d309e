import type { BuildConfig } from './build-config';

/**
 * Rewrites a production seller-page match pattern (`https://detail.1688.com/offer/*`) for a build.
 * A sandbox build serves the same pages at `<real host>.localhost` over its own scheme, so helpers
 * keep their real patterns in code. One function for the manifest (wxt.config.ts, at build time)
 * and the background (the content script it registers at run time), so the two never differ.
 */
export function siteMatchFor(
  site: Pick<BuildConfig, 'target' | 'sitePageScheme' | 'sitePageHostSuffix'>,
  productionMatch: string,
): string {
  if (site.target === 'production') return productionMatch;
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(productionMatch);
  if (!m) throw new Error(`Unexpected match pattern ${productionMatch}`);
  return `${site.sitePageScheme}://${m[2]}${site.sitePageHostSuffix}${m[3]}`;
}
