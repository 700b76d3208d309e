import { Hono } from 'hono';
import { type RelayHonoEnv, requireAdmin } from '../auth';
import { relayError } from '../errors';
import type { InstallationStore } from '../installations';

/**
 * Operator API (Bearer RELAY_ADMIN_TOKEN): list installations and revoke one. Revocation takes
 * effect on the next request of that installation.
 */
export function adminRoutes(deps: { adminToken: string | undefined; store: InstallationStore }) {
  const app = new Hono<RelayHonoEnv>();
  app.use('/v1/admin/*', requireAdmin(deps.adminToken));

  app.get('/v1/admin/installations', async (c) => {
    const list = await deps.store.list();
    return c.json({ installations: list.map(({ id, name, createdAt }) => ({ id, name, createdAt })) });
  });

  app.delete('/v1/admin/installations/:id', async (c) => {
    const removed = await deps.store.delete(c.req.param('id'));
    return removed ? c.body(null, 204) : relayError(c, 404, 'notFound', 'no such installation');
  });

  return app;
}
