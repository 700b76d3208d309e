/**
 * Query strings for the Coupang gateway. The gateway checks the HMAC against the query exactly as
 * transmitted, so the query is built ONCE here, with every byte outside RFC 3986 unreserved
 * (A–Z a–z 0–9 - . _ ~) percent-encoded in upper-case hex, and that same string is both signed and
 * put on the wire. Nothing may re-serialize it afterwards (no URLSearchParams, no URL.search).
 */

const encoder = new TextEncoder();
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes one key, value or path segment (UTF-8, upper-case hex). */
export function encodeRfc3986(value: string): string {
  let out = '';
  for (const ch of value) {
    if (UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of encoder.encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A value: absent (`undefined`/`null`, omitted), scalar, or a list sent comma-separated. */
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/**
 * Builds the query in the given order (order matters for the signature; callers keep it stable).
 * An empty string is kept (`token=` — revenue-history requires it on the first page).
 */
export function buildQuery(params: ReadonlyArray<readonly [string, QueryValue]> | Record<string, QueryValue>): string {
  const entries = Array.isArray(params) ? params : Object.entries(params);
  const parts: string[] = [];
  for (const [key, raw] of entries as ReadonlyArray<readonly [string, QueryValue]>) {
    if (raw === undefined || raw === null) continue;
    const value = Array.isArray(raw) ? raw.join(',') : String(raw);
    parts.push(`${encodeRfc3986(key)}=${encodeRfc3986(value)}`);
  }
  return parts.join('&');
}

/** Fills `{name}` placeholders of a path template, encoding each value as one segment. */
export function fillPath(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`missing path parameter: ${name}`);
    return encodeRfc3986(String(value));
  });
}
