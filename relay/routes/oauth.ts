import { Hono } from 'hono';
import type { AppCredentials } from '../../utils/background/alibaba/api/oauth-wire';
import type { RelayHonoEnv } from '../auth';
import { readBody } from '../read-body';
import { postponeBody, refreshBody, tokenBody } from '../schemas';
import { relayTokenRequest } from '../upstream';

/** The three OAuth operations that need the AppSecret (docs/1688-api.md §1.4, §1.7, §1.8). */
export function oauthRoutes(deps: { app: AppCredentials; fetch: typeof fetch }) {
  const app = new Hono<RelayHonoEnv>();

  app.post('/v1/oauth/token', async (c) => {
    const body = await readBody(c, tokenBody);
    if (!body.ok) return body.response;
    const { code, redirectUri } = body.data;
    return relayTokenRequest(c, deps.fetch, deps.app, { grant: 'authorization_code', code, redirectUri });
  });

  app.post('/v1/oauth/refresh', async (c) => {
    const body = await readBody(c, refreshBody);
    if (!body.ok) return body.response;
    return relayTokenRequest(c, deps.fetch, deps.app, { grant: 'refresh_token', refreshToken: body.data.refreshToken });
  });

  app.post('/v1/oauth/postpone', async (c) => {
    const body = await readBody(c, postponeBody);
    if (!body.ok) return body.response;
    const { refreshToken, accessToken } = body.data;
    return relayTokenRequest(c, deps.fetch, deps.app, { grant: 'postpone', refreshToken, accessToken });
  });

  return app;
}
