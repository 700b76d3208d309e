import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createRelayApp } from './app';
import { relayConfigFromEnv, storeConfigFromEnv } from './config';
import { createPostgresInstallationStore } from './postgres-store';
import { createSqliteInstallationStore } from './sqlite-store';

/**
 * Node entry: `RELAY_APP_KEY=… RELAY_APP_SECRET=… RELAY_PAIRING_CODE=… npx tsx relay/node.ts`.
 * Prints its URL and which features are on; never the secret, pairing code, admin token or
 * database URL.
 */
const config = relayConfigFromEnv(process.env);
// The default file sits next to the code, not in the working directory: starting the relay from
// another directory must not silently open an empty database and unpair everyone.
const db = storeConfigFromEnv(process.env, fileURLToPath(new URL('./data/installations.sqlite', import.meta.url)));
const store =
  db.kind === 'postgres' ? await createPostgresInstallationStore(db.url) : createSqliteInstallationStore(db.path);
const port = Number(process.env.RELAY_PORT ?? 8788);
const hostname = process.env.RELAY_HOST ?? '127.0.0.1';
const app = createRelayApp(config, { store });

serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Crossdock 1688 relay listening on http://${hostname}:${info.port}`);
  console.log(
    `  AppKey ${config.appKey} · gateway ${config.gatewayBaseUrl} · pairing ${config.pairingCode ? 'on' : 'off'} · admin API ${config.adminToken ? 'on' : 'off'} · ${config.rateLimitPerSecond} req/s per installation`,
  );
  console.log(`  installations in ${db.kind === 'postgres' ? 'PostgreSQL (RELAY_DATABASE_URL)' : `SQLite ${db.path}`}`);
});
