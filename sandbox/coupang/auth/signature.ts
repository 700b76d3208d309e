import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The CEA HMAC-SHA256 scheme of the Coupang gateway (reference §2): message = signed-date +
 * METHOD + path + raw query (no `?`), key = secret key, lower-case hex. The body is not signed.
 */

/** `yyMMdd'T'HHmmss'Z'` in UTC, e.g. `250115T010203Z`. */
export function formatSignedDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(2, 19).replace(/[-:]/g, '')}Z`;
}

/** The instant a signed-date names, or null when it is not exactly `yyMMddTHHmmssZ` or not a real time. */
export function parseSignedDate(text: string): number | null {
  const m = /^(\d{2})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const ms = Date.UTC(2000 + y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return ms;
}

export function stringToSign(signedDate: string, method: string, path: string, rawQuery: string): string {
  return `${signedDate}${method.toUpperCase()}${path}${rawQuery}`;
}

export function hmacHex(secretKey: string, message: string): string {
  return createHmac('sha256', Buffer.from(secretKey, 'utf8')).update(Buffer.from(message, 'utf8')).digest('hex');
}

/** Constant-time comparison of the expected lower-case hex with what the client sent. */
export function signatureMatches(expectedHex: string, givenHex: string): boolean {
  const a = Buffer.from(expectedHex, 'utf8');
  const b = Buffer.from(givenHex, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface CeaHeader {
  accessKey: string;
  signedDate: string;
  signature: string;
}

/**
 * Parses exactly the documented shape (comma + space separators, `algorithm=HmacSHA256` first).
 * Variants the reference marks UNVERIFIED (no spaces, other order) are rejected as malformed, so a
 * client that works here uses the one shape known to work on the real gateway.
 */
export function parseCeaHeader(header: string): CeaHeader | null {
  const m = /^CEA algorithm=HmacSHA256, access-key=([^,\s]+), signed-date=([^,\s]+), signature=([^,\s]+)$/.exec(header);
  if (!m) return null;
  return { accessKey: m[1], signedDate: m[2], signature: m[3] };
}

/** Builds the header a correct client sends (used by tests and the sandbox's own tools). */
export function ceaAuthorization(opts: {
  accessKey: string;
  secretKey: string;
  method: string;
  path: string;
  rawQuery?: string;
  atMs?: number;
}): string {
  const signedDate = formatSignedDate(opts.atMs ?? Date.now());
  const signature = hmacHex(opts.secretKey, stringToSign(signedDate, opts.method, opts.path, opts.rawQuery ?? ''));
  return `CEA algorithm=HmacSHA256, access-key=${opts.accessKey}, signed-date=${signedDate}, signature=${signature}`;
}
