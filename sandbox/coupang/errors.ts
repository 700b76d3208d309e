import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { FaultBodies } from '../core/faults';
import { wireJson } from '../core/json';

/**
 * Errors the gateway itself produces (before any API runs), worded as reference §2.6 / §5.3 show:
 * `{"code":"ERROR","message":…,"transactionId":<uuid>}`.
 */
export function gatewayError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return wireJson({ code: 'ERROR', message, transactionId: randomUUID(), ...extra }, status);
}

export const GATEWAY_MESSAGES = {
  notAuthorized: 'Request is not authorized.',
  hmacFormat: 'HMAC format is invalid.',
  unknownKey: 'Unknown error occurred, please contact api-gateway channel for the details.',
  expired: 'Specified signature is expired.',
  invalidSignature: 'Invalid signature.',
  tooManyRequests: 'Too Many Requests',
  timeout: 'Request timed out, if the situation continues consider applying timeout extension.',
  notFound: 'No matching API found for the request.',
} as const;

/** The partners guide shows this one with bilingual details. */
export function notAuthorized(): Response {
  return gatewayError(401, GATEWAY_MESSAGES.notAuthorized, {
    messages: {
      korean:
        '미인증된 요청은 허용되지 않습니다. 클라이언트의 정보가 정상적으로 설정되어 있는지 확인 부탁드립니다. (CMDB, 컨수머 토큰 또는 HMAC)',
      english:
        "Unauthorized request is denied. Check if the client's credential meets the requirements (CMDB, consumer token or HMAC).",
    },
  });
}

export function tooManyRequests(): Response {
  return gatewayError(429, GATEWAY_MESSAGES.tooManyRequests);
}

/** Temporary block after error bursts: Akamai's HTML page, not JSON (reference §5.1). */
function akamaiAccessDenied(): Response {
  const ref = `18.${Math.floor(Math.random() * 0xffffffff).toString(16)}.${Math.floor(Date.now() / 1000)}.${randomUUID().slice(0, 8)}`;
  const html =
    '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \n' +
    `You don't have permission to access "http&#58;&#47;&#47;api&#45;gateway&#46;coupang&#46;com&#47;" on this server.<P>\n` +
    `Reference&#32;&#35;${ref}\n</BODY>\n</HTML>\n`;
  return new Response(html, { status: 403, headers: { 'content-type': 'text/html' } });
}

/** Server-side failures the reference lists, by status. */
function serverError(status: number): Response {
  if (status === 403) return akamaiAccessDenied();
  if (status === 500)
    return wireJson(
      {
        code: 500,
        message: 'com.coupang.apigateway.pylon.ApiPreconditionException: Timeout waiting for connection from pool',
      },
      500,
    );
  if (status === 504) return gatewayError(504, GATEWAY_MESSAGES.timeout);
  if (status === 521 || status === 524)
    return gatewayError(status, 'connection timed out: aws-openapi.coupang.net/10.211.51.172:80');
  if (status === 412) return wireJson({ code: 412, message: 'Read timed out' }, 412);
  return gatewayError(status, 'Service Unavailable');
}

export const coupangFaultBodies: FaultBodies = {
  serverError: (_c: Context, status: number) => serverError(status),
  rateLimit: () => tooManyRequests(),
  gatewayTimeout: () => gatewayError(504, GATEWAY_MESSAGES.timeout),
};
