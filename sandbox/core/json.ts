import { isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * JSON as the real gateways write it: ids above 2^53 are bare numbers. Values held as `bigint`
 * are written as bare digits; everything else as JSON.stringify would.
 */
export function toWireJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new Error('value is not serializable');
  return text;
}

/** Parses a request body without losing big integers: unsafe integers become `bigint`. */
export function parseWireJson(text: string): unknown {
  return parse(text, null, (n: string) => {
    if (isSafeNumber(n)) return Number(n);
    if (/^-?\d+$/.test(n)) return BigInt(n);
    return Number(n);
  });
}

/** A Hono-compatible JSON response with lossless big integers. */
export function wireJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(toWireJson(body), {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
  });
}
