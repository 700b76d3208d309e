import { z } from 'zod';

/**
 * Relay configuration from environment variables. Errors name the variable, never its value.
 * RELAY_PAIRING_CODE and RELAY_ADMIN_TOKEN are optional: without them pairing / the admin API
 * are switched off.
 */
export interface RelayConfig {
  appKey: string;
  appSecret: string;
  gatewayBaseUrl: string;
  pairingCode?: string;
  adminToken?: string;
  /** Sustained requests per second per installation (burst allowance equals it). */
  rateLimitPerSecond: number;
  /** `namespace:apiName` pairs the relay may sign; unset = any API except the denied ones. */
  allowedApis?: string[];
}

const envSchema = z.object({
  RELAY_APP_KEY: z.string().regex(/^\w{1,64}$/, 'must be the numeric/word AppKey'),
  RELAY_APP_SECRET: z.string().min(1),
  RELAY_GATEWAY_URL: z.url().default('https://gw.open.1688.com'),
  RELAY_PAIRING_CODE: z.string().min(8, 'must be at least 8 characters').optional(),
  RELAY_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  RELAY_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(20),
  RELAY_ALLOWED_APIS: z.string().optional(),
});

export type RelayEnv = Record<string, string | undefined>;

export function relayConfigFromEnv(env: RelayEnv): RelayConfig {
  // Empty strings (unset in many dashboards) count as absent.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`relay configuration invalid — ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const config: RelayConfig = {
    appKey: e.RELAY_APP_KEY,
    appSecret: e.RELAY_APP_SECRET,
    gatewayBaseUrl: e.RELAY_GATEWAY_URL,
    rateLimitPerSecond: e.RELAY_RATE_LIMIT,
  };
  if (e.RELAY_PAIRING_CODE) config.pairingCode = e.RELAY_PAIRING_CODE;
  if (e.RELAY_ADMIN_TOKEN) config.adminToken = e.RELAY_ADMIN_TOKEN;
  if (e.RELAY_ALLOWED_APIS) {
    config.allowedApis = e.RELAY_ALLOWED_APIS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  return config;
}

/**
 * Where the Node entry keeps installations: RELAY_DATABASE_URL (PostgreSQL, shared by several
 * relay instances) wins; otherwise a SQLite file at RELAY_DB_PATH, or `defaultPath` when unset.
 * Errors name the variable, never its value (a URL may hold a password).
 */
export type StoreConfig = { kind: 'postgres'; url: string } | { kind: 'sqlite'; path: string };

export function storeConfigFromEnv(env: RelayEnv, defaultPath: string): StoreConfig {
  const url = env.RELAY_DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('relay configuration invalid — RELAY_DATABASE_URL: must be a postgres:// or postgresql:// URL');
    }
    return { kind: 'postgres', url };
  }
  return { kind: 'sqlite', path: env.RELAY_DB_PATH || defaultPath };
}

/**
 * The environment on whichever runtime runs the relay: Workers pass bindings to `fetch`;
 * Node and Bun have `process.env`; Deno has `Deno.env`.
 */
export function platformEnv(bindings?: unknown): RelayEnv {
  if (typeof bindings === 'object' && bindings !== null && 'RELAY_APP_KEY' in bindings) return bindings as RelayEnv;
  const g = globalThis as { process?: { env?: RelayEnv }; Deno?: { env: { toObject(): RelayEnv } } };
  if (g.process?.env) return g.process.env;
  if (g.Deno) return g.Deno.env.toObject();
  return {};
}
