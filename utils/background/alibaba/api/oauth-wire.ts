/**
 * The wire format of the three OAuth token calls (docs/1688-api.md §1.4, §1.7, §1.8). Shared by
 * the extension's own-app mode and the relay, so both send byte-identical requests.
 * HTTPS POST, form-encoded, no `_aop_signature`; the AppSecret is a plain form field.
 */
export type TokenRequest =
  | { grant: 'authorization_code'; code: string; redirectUri: string }
  | { grant: 'refresh_token'; refreshToken: string }
  | { grant: 'postpone'; refreshToken: string; accessToken: string };

export interface AppCredentials {
  gatewayBaseUrl: string;
  appKey: string;
  appSecret: string;
}

/** Route names used in errors and logs (never with values). */
export const TOKEN_ROUTES = {
  authorization_code: 'oauth.exchange',
  refresh_token: 'oauth.refresh',
  postpone: 'oauth.postpone',
} as const;

function tokenRequestUrl(gatewayBaseUrl: string, appKey: string, grant: TokenRequest['grant']): string {
  const base = gatewayBaseUrl.replace(/\/+$/, '');
  const key = encodeURIComponent(appKey);
  // getToken: the documented `http/1` path; postponeToken: the documented `param2/1` path.
  return grant === 'postpone'
    ? `${base}/openapi/param2/1/system.oauth2/postponeToken/${key}`
    : `${base}/openapi/http/1/system.oauth2/getToken/${key}`;
}

function tokenRequestBody(app: AppCredentials, req: TokenRequest): URLSearchParams {
  const form = new URLSearchParams({ client_id: app.appKey, client_secret: app.appSecret });
  switch (req.grant) {
    case 'authorization_code':
      form.set('grant_type', 'authorization_code');
      form.set('need_refresh_token', 'true');
      form.set('redirect_uri', req.redirectUri);
      form.set('code', req.code);
      break;
    case 'refresh_token':
      form.set('grant_type', 'refresh_token');
      form.set('refresh_token', req.refreshToken);
      break;
    case 'postpone':
      form.set('refresh_token', req.refreshToken);
      form.set('access_token', req.accessToken);
      break;
  }
  return form;
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=UTF-8';

/** Sends one token request with the secret. Returns the raw response for the caller to interpret. */
export function sendTokenRequest(fetchFn: typeof fetch, app: AppCredentials, req: TokenRequest): Promise<Response> {
  return fetchFn(tokenRequestUrl(app.gatewayBaseUrl, app.appKey, req.grant), {
    method: 'POST',
    headers: { 'content-type': FORM_CONTENT_TYPE },
    body: tokenRequestBody(app, req),
  });
}
