/**
 * Coupang "CEA" HMAC-SHA256 request signing (coupang-api.md §2), with WebCrypto so it runs in the
 * extension's service worker. The body is never signed; a fresh signature is made for every
 * attempt because the gateway rejects stale signed dates.
 */

const encoder = new TextEncoder();

/** `yyMMdd'T'HHmmss'Z'` in UTC, e.g. 250115T010203Z. Always UTC: local time labelled Z is a classic bug. */
export function formatSignedDate(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) throw new Error('invalid clock value');
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    two(d.getUTCFullYear() % 100) +
    two(d.getUTCMonth() + 1) +
    two(d.getUTCDate()) +
    'T' +
    two(d.getUTCHours()) +
    two(d.getUTCMinutes()) +
    two(d.getUTCSeconds()) +
    'Z'
  );
}

/** The string to sign: date + METHOD + path + query (without `?`), no separators. */
export function signatureMessage(signedDate: string, method: string, path: string, query: string): string {
  if (!path.startsWith('/')) throw new Error('path must start with /');
  if (query.startsWith('?')) throw new Error('query must not start with ?');
  return `${signedDate}${method.toUpperCase()}${path}${query}`;
}

/** HMAC-SHA256 of `message` keyed with `secret`, as 64 lower-case hex characters. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export interface SignInput {
  method: string;
  /** Path only, starting with /v2/providers/… (no scheme, host or port). */
  path: string;
  /** The exact query string that goes on the wire, without `?` ('' when none). */
  query: string;
  accessKey: string;
  secretKey: string;
  /** Epoch ms from the injected clock. */
  now: number;
}

export interface Signature {
  signedDate: string;
  signature: string;
  /** Value of the Authorization header. */
  authorization: string;
}

export async function signRequest(input: SignInput): Promise<Signature> {
  const signedDate = formatSignedDate(input.now);
  const signature = await hmacSha256Hex(
    input.secretKey,
    signatureMessage(signedDate, input.method, input.path, input.query),
  );
  return { signedDate, signature, authorization: authorizationHeader(input.accessKey, signedDate, signature) };
}

/** Comma + space separators, as in every Wing sample (the no-space variant is unverified). */
function authorizationHeader(accessKey: string, signedDate: string, signature: string): string {
  return `CEA algorithm=HmacSHA256, access-key=${accessKey}, signed-date=${signedDate}, signature=${signature}`;
}
