import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `_aop_signature` exactly as 1688-api.md §2.3 describes it: every sent parameter except the
 * signature itself becomes `key + value` (raw, before URL-encoding); those strings are sorted
 * (JS code-unit order = Java String.compareTo) and concatenated after the URL path that follows
 * `/openapi/`; HMAC-SHA1 keyed with the AppSecret; uppercase hex.
 *
 * Note the sort is over the concatenated strings, not the keys: `{a:"z", ab:"1"}` signs
 * `ab1az`, where a by-key sort would give `azab1`.
 */
export function signingMessage(urlPath: string, params: Record<string, string>): string {
  const pairs = Object.entries(params)
    .filter(([key]) => key !== '_aop_signature')
    .map(([key, value]) => key + value)
    .sort();
  return urlPath + pairs.join('');
}

export function aopSignature(urlPath: string, params: Record<string, string>, appSecret: string): string {
  return createHmac('sha1', Buffer.from(appSecret, 'utf8'))
    .update(signingMessage(urlPath, params), 'utf8')
    .digest('hex')
    .toUpperCase();
}

/** Exact comparison (uppercase hex required, as the doc specifies), in constant time. */
export function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
