import { serve } from '@hono/node-server';
import { createRelayApp } from './app';
import { relayConfigFromEnv } from './config';

/**
 * Node entry: `RELAY_APP_KEY=… RELAY_APP_SECRET=… RELAY_PAIRING_CODE=… npx tsx relay/node.ts`.
 * Prints its URL and which features are on; never the secret, pairing code or admin token.
 */
const config = relayConfigFromEnv(process.env);
const port = Number(process.env.RELAY_PORT ?? 8788);
const hostname = process.env.RELAY_HOST ?? '127.0.0.1';
const app = createRelayApp(config);

serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Crossdock 1688 relay listening on http://${hostname}:${info.port}`);
  console.log(
    `  AppKey ${config.appKey} · gateway ${config.gatewayBaseUrl} · pairing ${config.pairingCode ? 'on' : 'off'} · admin API ${config.adminToken ? 'on' : 'off'} · ${config.rateLimitPerSecond} req/s per installation`,
  );
});
