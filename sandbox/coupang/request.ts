import type { Context } from 'hono';
import { parseWireJson } from '../core/json';

/**
 * Request parsing the way the gateway's Java backends behave: JSON bodies parsed losslessly
 * (18-digit ids stay exact), and numeric ids accepted as numbers or digit strings (Jackson
 * coerces quoted numbers, and the exchange-invoice sample sends them quoted).
 */
export type JsonObject = Record<string, unknown>;

export class BadJson extends Error {}

/** The parsed body, `{}` when empty; throws BadJson on malformed JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  try {
    return parseWireJson(text);
  } catch (e) {
    throw new BadJson(`Could not read JSON: ${(e as Error).message}`);
  }
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An 18-digit box id from a body or path value; null if it is not an integer. */
export function toBigId(v: unknown): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^\d{1,19}$/.test(v.trim())) return BigInt(v.trim());
  return null;
}

/** A safe integer id / count from a body or path value; null otherwise. */
export function toInt(v: unknown): number | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d{1,15}$/.test(v.trim())) return Number(v.trim());
  return null;
}

export function toStr(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return null;
}

export function toBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return null;
}

/** Positive integer query parameter with a default; null when present but not a number. */
export function intQuery(c: Context, name: string, fallback: number): number | null {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : null;
}
