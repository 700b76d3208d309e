import { Hono } from 'hono';
import type { AlibabaFacts } from '../alibaba';
import type { MarketModule, SandboxContext } from '../core/context';
import { AlibabaPagesData, type CoupangFactsLike, wingSamples } from './data';
import { exampleHost } from './example';
import { describePages, HOST_SUFFIX, type PagesFacts } from './facts';
import { html } from './html';
import { respond } from './layout';
import { RequestLog } from './request-log';
import { offerHosts, tradeHost } from './site-1688';
import { wingHost } from './wing';
import { workbenchHost } from './workbench';

export type { PagesFacts } from './facts';
export { PAGE_SECRETS } from './secrets';

/** `detail.1688.com.localhost:28082` → `detail.1688.com` (a bare real host works too). */
export function realHost(hostHeader: string | undefined): string {
  const host = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '');
  return host.endsWith(HOST_SUFFIX) ? host.slice(0, -HOST_SUFFIX.length) : host;
}

/**
 * Sample seller pages shaped like the real ones, routed by Host header: 1688 offer and order
 * pages, the 1688 workbench and Coupang Wing (both SPAs), a helper-less page on a matched host and
 * a non-marketplace page. Each carries a login form, cookies and web storage (see secrets.ts).
 */
export function createPagesModule(
  ctx: SandboxContext,
  deps: { coupang: MarketModule<CoupangFactsLike>; alibaba: MarketModule<AlibabaFacts> },
): MarketModule<PagesFacts> {
  const data = new AlibabaPagesData(deps.alibaba);
  const log = new RequestLog();
  const hosts: Record<string, Hono> = {
    ...offerHosts(data),
    'trade.1688.com': tradeHost(data),
    'work.1688.com': workbenchHost(data),
    'wing.coupang.com': wingHost(() => wingSamples(deps.coupang)),
    example: exampleHost(),
  };
  const facts = () => describePages(ctx.urls.pagesPort, deps.alibaba.describe().samples, wingSamples(deps.coupang));

  const app = new Hono();
  app.all('*', (c) => {
    const host = realHost(c.req.header('host'));
    const url = new URL(c.req.url);
    log.add({
      at: Date.now(),
      host,
      method: c.req.method,
      path: url.pathname + url.search,
      cookie: c.req.header('cookie') ?? '',
      fragment: c.req.header('x-sandbox-fragment') === '1',
    });
    // Product images: a local placeholder, so sandbox pages never reach a real CDN.
    if (url.pathname.startsWith('/img/')) return placeholderImage();
    const site = hosts[host];
    return site
      ? site.fetch(c.req.raw)
      : respond(c, { title: 'Not found', site: 'other', body: html`<h1>Unknown host ${host}</h1>`, status: 404 });
  });
  for (const site of Object.values(hosts)) {
    site.notFound((c) =>
      respond(c, { title: '页面不存在', site: 'other', body: html`<h1>页面不存在</h1>`, status: 404 }),
    );
  }

  const control = new Hono();
  control.get('/', (c) => c.json(facts()));
  control.get('/requests', (c) => c.json(log.list()));
  control.delete('/requests', (c) => {
    log.clear();
    return c.json({ ok: true });
  });

  return {
    app,
    control,
    // Page content is read live from the marketplace modules; only the request log is ours.
    reset: () => log.clear(),
    describe: facts,
  };
}

function placeholderImage(): Response {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320"><rect width="100%" height="100%" fill="#eef1f5"/>' +
    '<text x="50%" y="50%" font-size="20" text-anchor="middle" fill="#8a94a3">sandbox image</text></svg>';
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' } });
}
