import type { Context } from 'hono';
import { parseWireJson } from '../../core/json';
import { parseAliDate } from '../time';
import { ParamError } from './errors';

/**
 * The parameters a gateway request carries: query string and form body merged (the body wins),
 * first value of repeated keys. Multipart file parts are kept out: they are never signed.
 */
export async function readParams(c: Context): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const url = new URL(c.req.url);
  for (const [k, v] of url.searchParams) if (!(k in out)) out[k] = v;
  const type = c.req.header('content-type') ?? '';
  if (c.req.method === 'POST' && /application\/x-www-form-urlencoded|multipart\/form-data/i.test(type)) {
    const body = await c.req.parseBody({ all: true });
    for (const [k, v] of Object.entries(body)) {
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string') out[k] = first;
    }
  }
  return out;
}

/** Typed access to business parameters, raising what the gateway raises when one is wrong. */
export class Params {
  constructor(readonly raw: Record<string, string>) {}

  has(name: string): boolean {
    return this.raw[name] !== undefined && this.raw[name] !== '';
  }
  str(name: string): string | undefined {
    return this.has(name) ? this.raw[name] : undefined;
  }
  requireStr(name: string): string {
    const v = this.str(name);
    if (v === undefined) throw new ParamError('missing', name);
    return v;
  }
  /** A Java Long, kept as its decimal string (order ids exceed 2^53). */
  long(name: string): string | undefined {
    const v = this.str(name);
    if (v === undefined) return undefined;
    if (!/^-?\d{1,19}$/.test(v.trim())) throw new ParamError('type', name);
    return v.trim().replace(/^(-?)0+(?=\d)/, '$1');
  }
  requireLong(name: string): string {
    const v = this.long(name);
    if (v === undefined) throw new ParamError('missing', name);
    return v;
  }
  int(name: string): number | undefined {
    const v = this.str(name);
    if (v === undefined) return undefined;
    if (!/^-?\d{1,9}$/.test(v.trim())) throw new ParamError('type', name);
    return Number(v);
  }
  bool(name: string): boolean | undefined {
    const v = this.str(name);
    if (v === undefined) return undefined;
    if (v !== 'true' && v !== 'false') throw new ParamError('type', name);
    return v === 'true';
  }
  /** A java.util.Date parameter: `yyyyMMddHHmmssSSS+0800`. */
  date(name: string): number | undefined {
    const v = this.str(name);
    if (v === undefined) return undefined;
    const ms = parseAliDate(v);
    if (ms === undefined) throw new ParamError('type', name);
    return ms;
  }
  /** An object/array parameter sent as JSON text; big integers survive as bigint. */
  json(name: string): unknown {
    const v = this.str(name);
    if (v === undefined) return undefined;
    try {
      return parseWireJson(v);
    } catch {
      throw new ParamError('type', name);
    }
  }
  requireJson(name: string): unknown {
    const v = this.json(name);
    if (v === undefined) throw new ParamError('missing', name);
    return v;
  }
}
