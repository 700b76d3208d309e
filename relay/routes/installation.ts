import { Hono } from 'hono';
import type { RelayHonoEnv } from '../auth';
import type { InstallationStore } from '../installations';

/** DELETE /v1/installation: the extension forgets itself on disconnect (its key stops working). */
export function installationRoutes(deps: { store: InstallationStore }) {
  const app = new Hono<RelayHonoEnv>();
  app.delete('/v1/installation', async (c) => {
    const record = c.get('installation');
    if (record) await deps.store.delete(record.id);
    return c.body(null, 204);
  });
  return app;
}
