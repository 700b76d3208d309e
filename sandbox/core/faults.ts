import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Market } from './counters';
import { parseWireJson, toWireJson } from './json';

/**
 * Fault injection per route, set through the control API. A fault matches a marketplace, an
 * optional method and a path regex, lets the first `skip` matching requests through (default 0:
 * so a test can fault a call in the middle of a walk), then fires `times` times (default: until
 * cleared).
 */
export type FaultKind =
  | 'latency' // wait `ms`, then answer normally
  | 'timeout' // hang `ms` (default 30 s), then answer 504 as a gateway would
  | 'error5xx' // answer `status` (default 500) with the marketplace's server-error body
  | 'rateLimit' // answer the marketplace's 429 / frequency-limit error (+ `Retry-After: retryAfterSeconds` if given)
  // Apply the request (the write happens), then answer `status` (default 504: the gateway gave up
  // waiting) with the marketplace's error body: the answer does not tell what happened.
  | 'appliedThenError'
  // Apply the request, then drop the connection mid-answer (the client sees a network error).
  | 'appliedThenDrop'
  | 'malformedJson' // answer normally but cut the body in half
  | 'extraFields' // add an unexpected field to every object at `field` (dot path, `*` = each element)
  | 'missingFields'; // delete the property named by the last segment of `field`

export interface FaultSpec {
  market: Market | 'any';
  pathPattern: string;
  method?: string;
  kind: FaultKind;
  ms?: number;
  status?: number;
  field?: string;
  times?: number;
  /** Matching requests to let through untouched before the fault starts firing. */
  skip?: number;
  /** rateLimit: the `Retry-After` header, in seconds (a real gateway may or may not send it). */
  retryAfterSeconds?: number;
}

export interface ActiveFault extends FaultSpec {
  id: number;
  fired: number;
  /** Matching requests let through so far because of `skip`. */
  skipped: number;
}

/** How a marketplace words the errors a fault produces. */
export interface FaultBodies {
  serverError(c: Context, status: number): Response;
  rateLimit(c: Context): Response;
  gatewayTimeout(c: Context): Response;
}

export class FaultRegistry {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): ActiveFault {
    new RegExp(spec.pathPattern); // throws early on a bad pattern
    const f: ActiveFault = { ...spec, id: this.nextId++, fired: 0, skipped: 0 };
    this.faults.push(f);
    return f;
  }
  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }
  clear(id?: number): void {
    this.faults = id === undefined ? [] : this.faults.filter((f) => f.id !== id);
  }
  /** The fault to apply to this request, if any (consumes one of its `times`). */
  take(market: Market, method: string, path: string): ActiveFault | undefined {
    const f = this.faults.find(
      (x) =>
        (x.market === 'any' || x.market === market) &&
        (!x.method || x.method.toUpperCase() === method.toUpperCase()) &&
        new RegExp(x.pathPattern).test(path) &&
        (x.times === undefined || x.fired < x.times),
    );
    if (!f) return undefined;
    if (f.skipped < (f.skip ?? 0)) {
      f.skipped++;
      return undefined;
    }
    f.fired++;
    return f;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function faultMiddleware(registry: FaultRegistry, market: Market, bodies: FaultBodies): MiddlewareHandler {
  return async (c: Context, next: Next) => {
    const fault = registry.take(market, c.req.method, c.req.path);
    if (!fault) return next();
    switch (fault.kind) {
      case 'latency':
        await sleep(fault.ms ?? 1000);
        return next();
      case 'timeout':
        await sleep(fault.ms ?? 30_000);
        return bodies.gatewayTimeout(c);
      case 'error5xx':
        return bodies.serverError(c, fault.status ?? 500);
      case 'rateLimit': {
        const res = bodies.rateLimit(c);
        if (fault.retryAfterSeconds !== undefined) res.headers.set('Retry-After', String(fault.retryAfterSeconds));
        return res;
      }
      case 'appliedThenError': {
        await next();
        const status = fault.status ?? 504;
        c.res = status === 504 ? bodies.gatewayTimeout(c) : bodies.serverError(c, status);
        return;
      }
      case 'appliedThenDrop':
        await next();
        dropConnection(c);
        return;
      case 'malformedJson': {
        await next();
        const text = await c.res.text();
        c.res = new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
          status: c.res.status,
          headers: c.res.headers,
        });
        return;
      }
      case 'extraFields':
      case 'missingFields': {
        await next();
        const body = parseWireJson(await c.res.text());
        mutateAt(body, (fault.field ?? '').split('.').filter(Boolean), fault.kind);
        c.res = new Response(toWireJson(body), { status: c.res.status, headers: c.res.headers });
        return;
      }
    }
  };
}

/**
 * The connection dies while the answer is on its way: the status line and the first bytes arrive,
 * then the body stream fails (over HTTP the server resets the socket). The first bytes matter:
 * Chromium silently re-sends a request — even a POST — whose reused keep-alive socket closed
 * before any byte of the answer, which would hide the drop and apply the write twice.
 */
function dropConnection(c: Context): void {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"result":'));
      setTimeout(() => controller.error(new Error('connection dropped by the sandbox')), 20);
    },
  });
  c.res = new Response(body, { status: 200, headers: { 'content-type': 'application/json;charset=UTF-8' } });
}

function mutateAt(node: unknown, path: string[], kind: 'extraFields' | 'missingFields'): void {
  if (node === null || typeof node !== 'object') return;
  if (kind === 'missingFields' && path.length === 1) {
    if (Array.isArray(node)) for (const n of node) mutateAt(n, path, kind);
    else delete (node as Record<string, unknown>)[path[0]];
    return;
  }
  if (path.length === 0) {
    if (Array.isArray(node)) for (const n of node) mutateAt(n, path, kind);
    else (node as Record<string, unknown>).sandboxUnexpectedField = { note: 'added by the extraFields fault' };
    return;
  }
  const [head, ...rest] = path;
  if (head === '*' && Array.isArray(node)) for (const n of node) mutateAt(n, rest, kind);
  else mutateAt((node as Record<string, unknown>)[head], rest, kind);
}
