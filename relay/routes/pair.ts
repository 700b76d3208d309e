import { Hono } from 'hono';
import type { RelayHonoEnv } from '../auth';
import { newInstallKey, secretsEqual, sha256Hex } from '../crypto';
import { relayError } from '../errors';
import { type InstallationStore, installationIdOf } from '../installations';
import type { RateLimiter } from '../rate-limit';
import { readBody } from '../read-body';
import { pairBody } from '../schemas';

/**
 * POST /v1/pair {pairingCode, installationName} → {installationId, installKey, appKey}.
 * The operator hands the pairing code to the sellers they serve; each installation gets its own
 * key (shown once, stored as a hash), so one can be revoked without touching the others.
 * Wrong codes drain a shared bucket: guessing the code is throttled for everyone.
 */
export const PAIR_FAILURE_KEY = 'pair-failures';

export function pairRoutes(deps: {
  pairingCode: string | undefined;
  appKey: string;
  store: InstallationStore;
  failures: RateLimiter;
  now: () => number;
}) {
  const app = new Hono<RelayHonoEnv>();
  app.post('/v1/pair', async (c) => {
    if (!deps.pairingCode) return relayError(c, 403, 'pairingDisabled', 'pairing is disabled on this relay');
    if (!deps.failures.available(PAIR_FAILURE_KEY)) {
      return relayError(c, 429, 'rateLimited', 'too many failed pairing attempts; try again later');
    }
    const body = await readBody(c, pairBody);
    if (!body.ok) return body.response;
    if (!(await secretsEqual(body.data.pairingCode, deps.pairingCode))) {
      deps.failures.take(PAIR_FAILURE_KEY);
      return relayError(c, 403, 'badPairingCode', 'pairing code not accepted');
    }
    const installKey = newInstallKey();
    const keyHash = await sha256Hex(installKey);
    const id = installationIdOf(keyHash);
    await deps.store.put({
      id,
      keyHash,
      name: body.data.installationName,
      createdAt: new Date(deps.now()).toISOString(),
    });
    c.set('installationId', id);
    c.header('cache-control', 'no-store');
    return c.json({ installationId: id, installKey, appKey: deps.appKey }, 201);
  });
  return app;
}
