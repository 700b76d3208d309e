import { Hono } from 'hono';
import type { MarketModule, SandboxContext, SeedOptions } from '../core/context';
import { faultMiddleware } from '../core/faults';
import { API_DEFINITIONS } from './apis';
import { createAlibabaControl } from './control';
import { type AlibabaFacts, describeAlibaba } from './facts';
import { alibabaFaultBodies, appKeyOfPath } from './fault-bodies';
import { gw } from './gateway/errors';
import { createGatewayHandler } from './gateway/pipeline';
import { mountAuthorize } from './oauth/authorize';
import { mountTokenEndpoint } from './oauth/token-endpoint';
import { AlibabaState } from './state';

export type { AlibabaFacts } from './facts';
export type { AlibabaSamples } from './state';

/**
 * The 1688 Open Platform on one origin: the OAuth consent page (auth.1688.com's
 * `/oauth/authorize`) and the gateway (gw.open.1688.com's `/openapi/…`), so request paths and
 * signed paths are exactly the real ones.
 */
export function createAlibabaModule(ctx: SandboxContext): MarketModule<AlibabaFacts> {
  const state = new AlibabaState(ctx);
  const facts = () => describeAlibaba(ctx.urls.alibabaBaseUrl, state.samples);
  const app = new Hono();

  // Counted before faults so injected failures still show up in the request counters.
  app.use('/openapi/*', async (c, next) => {
    const appKey = appKeyOfPath(c.req.path);
    if (appKey) ctx.counters.request('alibaba', appKey, c.req.path.split('/')[5]);
    await next();
  });
  app.use('*', faultMiddleware(ctx.faults, 'alibaba', alibabaFaultBodies(ctx)));

  mountAuthorize(app, state);
  mountTokenEndpoint(app, state, ctx);
  app.all('/openapi/:protocol/:version/:namespace/:api/:appKey', createGatewayHandler(state, ctx, API_DEFINITIONS));
  app.all('/openapi/:protocol/:version/:namespace/:api', () => gw.appKeyMissing());
  app.notFound(() => gw.apiUnsupported('unknown path'));

  return {
    app,
    control: createAlibabaControl(ctx, state, facts),
    reset: (seed: SeedOptions) => state.reset(seed),
    describe: facts,
  };
}
