import type { z } from 'zod';
import { QueueUnavailableError, RequestTimeoutError } from '../../net/errors';
import { parseLosslessJson, stringifyWithRawNumbers } from '../../net/lossless-json';
import type { Priority, RequestKind, RequestQueue } from '../../net/request-queue';
import { classifyErrorResponse } from './classify';
import { envelopeFailureStatus } from './envelope-check';
import { CoupangApiError } from './errors';
import { buildQuery, fillPath, type QueryValue } from './query';
import { malformedBodyError, schemaError } from './schema-error';
import { signRequest } from './signing';

/**
 * One signed call: path template → encoded path, query built once (signed and sent verbatim),
 * fresh signature per attempt, lossless JSON, envelope check, zod validation — all inside the
 * account's queue so rate limits, retries and the breaker apply to every call.
 */

export interface CoupangCredentials {
  vendorId: string;
  accessKey: string;
  secretKey: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface CallOptions {
  priority?: Priority;
  signal?: AbortSignal;
}

export interface CallSpec<S extends z.ZodType> extends CallOptions {
  method: HttpMethod;
  /** Path template; `{vendorId}` is filled from the credentials. */
  path: string;
  pathParams?: Record<string, string | number>;
  query?: ReadonlyArray<readonly [string, QueryValue]>;
  /** Serialized with RawJsonNumber support (ids as bare numbers). */
  body?: unknown;
  schema: S;
  /** Lists that can exceed the gateway's 3 s default: send X-EXTENDED-TIMEOUT. */
  heavy?: boolean;
  /** Default: GET is a read, everything else a write (never retried unless provably unsent). */
  kind?: RequestKind;
  lane?: string;
}

export interface TransportOptions {
  baseUrl: string;
  credentials: CoupangCredentials;
  fetch: typeof fetch;
  now: () => number;
  queue: RequestQueue;
  /** X-EXTENDED-TIMEOUT for heavy lists. Default 60 000 ms (the PHP sample's value). */
  extendedTimeoutMs?: number;
  /** Client timeout for ordinary calls. Default 15 000 ms. */
  timeoutMs?: number;
}

export interface Transport {
  readonly vendorId: string;
  readonly now: () => number;
  call<S extends z.ZodType>(spec: CallSpec<S>): Promise<z.output<S>>;
}

export function createTransport(options: TransportOptions): Transport {
  const { credentials, queue, now } = options;
  // Call fetch detached: `options.fetch(...)` would bind `this` to the options object, which a
  // browser's native fetch rejects with "Illegal invocation".
  const fetchFn = options.fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const extendedTimeoutMs = options.extendedTimeoutMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call<S extends z.ZodType>(spec: CallSpec<S>): Promise<z.output<S>> {
    const route = `${spec.method} ${spec.path}`;
    const path = fillPath(spec.path, { vendorId: credentials.vendorId, ...spec.pathParams });
    const query = spec.query ? buildQuery(spec.query) : '';
    const url = `${baseUrl}${path}${query ? `?${query}` : ''}`;
    const body = spec.body === undefined ? undefined : stringifyWithRawNumbers(spec.body);
    const kind = spec.kind ?? (spec.method === 'GET' ? 'read' : 'write');

    const attempt = async (signal: AbortSignal): Promise<z.output<S>> => {
      const { authorization } = await signRequest({
        method: spec.method,
        path,
        query,
        accessKey: credentials.accessKey,
        secretKey: credentials.secretKey,
        now: now(),
      });
      const headers: Record<string, string> = {
        Authorization: authorization,
        'Content-Type': 'application/json;charset=UTF-8',
        'X-Requested-By': credentials.vendorId,
      };
      if (spec.heavy) headers['X-EXTENDED-TIMEOUT'] = String(extendedTimeoutMs);
      let response: Response;
      let text: string;
      try {
        // 302 means "IP or vendorId blocked" (§5.3): never follow it.
        response = await fetchFn(url, { method: spec.method, headers, body, signal, redirect: 'manual' });
        text = await response.text();
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw new CoupangApiError({ kind: 'network', route, cause: error });
      }
      // Browsers hide a manual redirect as an opaque response with status 0.
      const status = response.type === 'opaqueredirect' ? 302 : response.status;
      if (status < 200 || status >= 300) {
        throw classifyErrorResponse({ status, bodyText: text, headers: response.headers, route, now: now() });
      }
      let json: unknown;
      try {
        json = parseLosslessJson(text);
      } catch {
        throw malformedBodyError(route, status);
      }
      const failedWith = envelopeFailureStatus(json);
      if (failedWith !== null) {
        throw classifyErrorResponse({
          status: failedWith,
          bodyText: text,
          headers: response.headers,
          route,
          now: now(),
        });
      }
      const parsed = spec.schema.safeParse(json);
      if (!parsed.success) throw schemaError(route, parsed.error);
      return parsed.data;
    };

    try {
      return await queue.run(attempt, {
        kind,
        priority: spec.priority,
        signal: spec.signal,
        lane: spec.lane,
        timeoutMs: spec.heavy ? extendedTimeoutMs + 5_000 : timeoutMs,
        dedupeKey: spec.method === 'GET' ? `${path}?${query}` : undefined,
      });
    } catch (error) {
      throw toCoupangError(error, route, queue);
    }
  }

  return { vendorId: credentials.vendorId, now, call };
}

/** Queue-level failures in Coupang terms; caller aborts pass through untouched. */
function toCoupangError(error: unknown, route: string, queue: RequestQueue): unknown {
  if (error instanceof CoupangApiError) {
    if (error.rateLimited && error.blockedUntil === undefined) {
      const until = queue.getState().blockedUntil;
      return until === null ? error : error.withBlockedUntil(until);
    }
    return error;
  }
  if (error instanceof RequestTimeoutError) {
    return new CoupangApiError({ kind: 'timeout', route, params: { timeoutMs: error.timeoutMs }, cause: error });
  }
  if (error instanceof QueueUnavailableError) {
    const kind =
      error.reason === 'blocked' ? 'rateLimited' : error.reason === 'circuitOpen' ? 'circuitOpen' : 'unknown';
    return new CoupangApiError({
      kind,
      route,
      blockedUntil: error.until ?? undefined,
      params: { reason: error.reason },
      cause: error,
    });
  }
  return error;
}
