import { computeAopSignature, importAopKey } from '../../../../utils/background/alibaba/api/signing';

/**
 * A stand-in for gw.open.1688.com: routes by API name, records each call's form, and checks the
 * signature like the real gateway (so a client that signs anything other than what it sends fails).
 */
export const APP_KEY = '1000000';
export const APP_SECRET = 'test123';
export const GATEWAY = 'https://gw.test';

export interface GatewayCall {
  api: string;
  urlPath: string;
  form: Record<string, string>;
}

export type Reply = { status?: number; body: string } | (() => never);
export type Handler = (call: GatewayCall, index: number) => Reply | Promise<Reply>;

export function fakeGateway(routes: Record<string, Handler>, secret = APP_SECRET) {
  const calls: GatewayCall[] = [];
  const keyPromise = importAopKey(secret);
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const urlPath = url.pathname.replace(/^\/openapi\//, '');
    const api = urlPath.split('/')[3] ?? '';
    const form = Object.fromEntries(new URLSearchParams(String(init?.body ?? '')));
    const call = { api, urlPath, form };
    calls.push(call);
    const { _aop_signature: sig, ...signed } = form;
    const expected = await computeAopSignature(await keyPromise, urlPath, signed);
    if (sig !== expected) {
      return new Response('{"error_code":"gw.SignatureInvalid","error_message":"Request signature is invalid"}', {
        status: 400,
      });
    }
    const handler = routes[api];
    if (!handler) return new Response('{"error_code":"gw.APIUnsupported"}', { status: 400 });
    const reply = await handler(call, calls.filter((c) => c.api === api).length - 1);
    if (typeof reply === 'function') return reply();
    return new Response(reply.body, { status: reply.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetchFn as typeof fetch, calls };
}

export const ok = (body: string): Reply => ({ body });
