import { Hono } from 'hono';
import { computeAopSignature } from '../../utils/background/alibaba/api/signing';
import type { RelayHonoEnv } from '../auth';
import { relayError } from '../errors';
import { readBody } from '../read-body';
import { signBody, URL_PATH } from '../schemas';

/**
 * POST /v1/sign {urlPath, params} → {signature}: the same signing code as the extension's
 * LocalSigner. The relay never calls the business API itself; the extension sends the request.
 *
 * What it refuses to sign:
 * - another app's path (the relay signs for its own AppKey only);
 * - a call without `access_token`: every business API the extension uses acts for an authorized
 *   member, and app-level calls would reach data of every member of the app;
 * - the push-message namespace `cn.alibaba.open` (app-wide order messages of all members);
 * - anything outside RELAY_ALLOWED_APIS when the operator set that list.
 */
const DENIED_NAMESPACES = new Set(['cn.alibaba.open', 'system.oauth2']);

export function signRoutes(deps: { appKey: string; key: Promise<CryptoKey>; allowedApis?: string[] }) {
  const app = new Hono<RelayHonoEnv>();
  const allowed = deps.allowedApis ? new Set(deps.allowedApis) : undefined;

  app.post('/v1/sign', async (c) => {
    const body = await readBody(c, signBody);
    if (!body.ok) return body.response;
    const { urlPath, params } = body.data;
    const [, , namespace, apiName, appKey] = URL_PATH.exec(urlPath)!;
    if (appKey !== deps.appKey) return relayError(c, 400, 'foreignAppKey', 'urlPath is not for this relay’s AppKey');
    if (!params.access_token)
      return relayError(c, 400, 'accessTokenRequired', 'only member-authorized calls are signed');
    if (DENIED_NAMESPACES.has(namespace!) || (allowed && !allowed.has(`${namespace}:${apiName}`))) {
      return relayError(c, 403, 'apiNotAllowed', 'this API is not signed by this relay');
    }
    const signature = await computeAopSignature(await deps.key, urlPath, params);
    c.header('cache-control', 'no-store');
    return c.json({ signature });
  });

  return app;
}
