import { parseLosslessJson } from '../../net/lossless-json';
import { CoupangApiError, type CoupangErrorKind } from './errors';

/**
 * Turns an error answer of the Coupang gateway (HTTP status + body + headers) into a
 * CoupangApiError. Gateway messages are matched by their documented wording (§2.6, §5.3); the
 * order of the rules matters (an expired signature is also a 401).
 */

export interface ErrorResponse {
  status: number;
  bodyText: string;
  headers: Headers;
  route: string;
  /** Injected clock, epoch ms (for clock skew and Retry-After). */
  now: number;
}

interface GatewayBody {
  message?: string;
  transactionId?: string;
}

function readBody(text: string): GatewayBody {
  try {
    const body = parseLosslessJson(text);
    if (typeof body !== 'object' || body === null) return {};
    const b = body as Record<string, unknown>;
    const message = [b.message, b.errorMessage, b.rMessage].find((m) => typeof m === 'string' && m !== '') as
      | string
      | undefined;
    return { message, transactionId: typeof b.transactionId === 'string' ? b.transactionId : undefined };
  } catch {
    return {};
  }
}

/** Seconds, positive when the local clock is ahead of the gateway's `Date` header. */
function clockSkewSeconds(headers: Headers, now: number): number | undefined {
  const date = headers.get('date');
  if (!date) return undefined;
  const server = Date.parse(date);
  return Number.isNaN(server) ? undefined : Math.round((now - server) / 1000);
}

/** `Retry-After` as an absolute epoch ms (delta-seconds or HTTP-date). */
function retryAfter(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return now + Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;
const IPV6 = /(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:)+:(?:[0-9a-f]{1,4}:?)*/i;

function kindOf(status: number, message: string, bodyText: string): CoupangErrorKind {
  if (status === 429 || /too many requests/i.test(message)) return 'rateLimited';
  if (status === 302 || status === 423) return 'blocked';
  if (/not allowed ip/i.test(message) || /not allowed ip/i.test(bodyText)) return 'ipNotAllowed';
  if (status === 403 && /access denied/i.test(bodyText)) return 'blocked'; // Akamai HTML page
  if (/signature is expired|signature expired/i.test(message)) return 'signatureExpired';
  if (/invalid signature/i.test(message)) return 'invalidSignature';
  if (/unknown error occurred, please contact api-gateway|(invalid|unknown) access.?key/i.test(message)) {
    return 'unknownAccessKey';
  }
  if (/vendor ?id.*(match|equal)|invalid vendor ?id/i.test(message)) return 'vendorMismatch';
  if (status === 401 || status === 403) return 'unauthorized';
  if (/INVALID_STATUS|상태를 변경할 수 없/i.test(message)) return 'invalidStatus';
  if (status === 504 || status === 524 || /timed out/i.test(message)) return 'timeout';
  if (status === 404) return 'notFound';
  if (status === 410 || status === 412) return 'apiUnavailable';
  if (status >= 500) return 'server';
  if (status >= 400) return 'badRequest';
  return 'unknown';
}

export function classifyErrorResponse(response: ErrorResponse): CoupangApiError {
  const { status, bodyText, headers, route, now } = response;
  const body = readBody(bodyText);
  const message = body.message ?? '';
  const kind = kindOf(status, message, bodyText);
  return new CoupangApiError({
    kind,
    route,
    status,
    serverMessage: message ? message.slice(0, 300) : undefined,
    transactionId: body.transactionId,
    clockSkewSeconds: kind === 'signatureExpired' ? clockSkewSeconds(headers, now) : undefined,
    ip: kind === 'ipNotAllowed' ? (IPV4.exec(message)?.[0] ?? IPV6.exec(message)?.[0]) : undefined,
    blockedUntil: kind === 'rateLimited' || kind === 'blocked' ? retryAfter(headers, now) : undefined,
  });
}
