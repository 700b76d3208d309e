import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { importAopKey } from '../utils/background/alibaba/api/signing';
import { type RelayHonoEnv, requireInstallation } from './auth';
import { platformEnv, type RelayConfig, relayConfigFromEnv } from './config';
import { relayError } from './errors';
import { createMemoryInstallationStore, type InstallationStore } from './installations';
import { consoleLogger, type RelayLogger } from './logger';
import { createRateLimiter } from './rate-limit';
import { requestLog } from './request-log';
import { adminRoutes } from './routes/admin';
import { installationRoutes } from './routes/installation';
import { oauthRoutes } from './routes/oauth';
import { pairRoutes } from './routes/pair';
import { signRoutes } from './routes/sign';

/**
 * The optional 1688 signing relay (issue #5): holds the AppSecret, performs the OAuth token
 * calls and returns `_aop_signature` for a parameter set. Stateless apart from the installation
 * store; it never calls 1688 business APIs, so order data never passes through it.
 * Web-standard only (Hono, fetch, Web Crypto): runs on Node (node.ts), Workers, Deno and Bun.
 */
export interface RelayDeps {
  /** Outbound fetch to the 1688 token endpoints (tests inject a fake). */
  fetch?: typeof fetch;
  now?: () => number;
  store?: InstallationStore;
  logger?: RelayLogger;
}

const MAX_BODY_BYTES = 256 * 1024;
// Wrong pairing codes: 5 tries, then one more per minute (across all clients).
const PAIR_FAILURES = { burst: 5, perSecond: 1 / 60 };

export function createRelayApp(config: RelayConfig, deps: RelayDeps = {}) {
  const now = deps.now ?? Date.now;
  const store = deps.store ?? createMemoryInstallationStore();
  const logger = deps.logger ?? consoleLogger;
  const fetchFn: typeof fetch = deps.fetch ?? ((input, init) => fetch(input, init));
  const limiter = createRateLimiter({ perSecond: config.rateLimitPerSecond, burst: config.rateLimitPerSecond, now });
  const pairFailures = createRateLimiter({ ...PAIR_FAILURES, now });
  const credentials = { gatewayBaseUrl: config.gatewayBaseUrl, appKey: config.appKey, appSecret: config.appSecret };
  const installed = requireInstallation(store, limiter);

  const app = new Hono<RelayHonoEnv>();
  app.use('*', requestLog(logger, now));
  app.use(
    '*',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => relayError(c, 413, 'invalidRequest', 'body too large') }),
  );
  app.get('/v1/health', (c) => c.json({ ok: true }));

  app.route(
    '/',
    pairRoutes({ pairingCode: config.pairingCode, appKey: config.appKey, store, failures: pairFailures, now }),
  );

  app.use('/v1/oauth/*', installed);
  app.use('/v1/sign', installed);
  app.use('/v1/installation', installed);
  app.route('/', oauthRoutes({ app: credentials, fetch: fetchFn }));
  app.route(
    '/',
    signRoutes({ appKey: config.appKey, key: importAopKey(config.appSecret), allowedApis: config.allowedApis }),
  );
  app.route('/', installationRoutes({ store }));
  app.route('/', adminRoutes({ adminToken: config.adminToken, store }));

  app.notFound((c) => relayError(c, 404, 'notFound', 'not found'));
  // Never echo the error: it could hold request data.
  app.onError((_err, c) => relayError(c, 500, 'internal', 'internal error'));
  return app;
}

export type RelayApp = ReturnType<typeof createRelayApp>;

let shared: RelayApp | undefined;

/**
 * `export default { fetch }` for Workers (`wrangler deploy relay/app.ts`), Deno (`deno serve`)
 * and Bun (`bun run`). Configuration comes from the platform's environment; one app per isolate
 * so the in-memory installation store and rate limits survive between requests.
 */
export default {
  fetch(request: Request, env?: unknown, ctx?: unknown): Response | Promise<Response> {
    shared ??= createRelayApp(relayConfigFromEnv(platformEnv(env)));
    return shared.fetch(request, env as never, ctx as never);
  },
};
