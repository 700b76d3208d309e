import { HandledError, type WireError } from '../../protocol/envelope';
import { redactText } from '../privacy/redact';

/**
 * Turns any error from a marketplace client, the queue or a handler into what a page may see:
 * a code, the classified kind, i18n params and an English message — never a secret, a token or
 * personal data (client errors are built without them; unknown errors are reduced to their name).
 */
export function toWireError(e: unknown): WireError {
  const w = classify(e);
  // Belt and braces: client messages carry no PII by construction, but a wire error may be stored
  // (account lastError) and shown, so it goes through the same redactor as the logs.
  return { ...w, message: redactText(w.message, 300) };
}

function classify(e: unknown): WireError {
  const refusal = guardRefusal(e);
  if (refusal) return { code: refusal.code, message: refusal.message, kind: refusal.kind, params: refusal.params };
  if (e instanceof HandledError) return { code: e.code, message: e.message, kind: e.kind, params: e.params };
  if (e && typeof e === 'object') {
    const err = e as {
      kind?: unknown;
      params?: unknown;
      message?: unknown;
      name?: unknown;
      reason?: unknown;
      until?: unknown;
    };
    if (err.name === 'QueueUnavailableError') {
      const until = typeof err.until === 'number' ? err.until : undefined;
      return {
        code: 'marketplace_error',
        kind: err.reason === 'blocked' ? 'rateLimited' : 'circuitOpen',
        message:
          err.reason === 'blocked' ? 'Paused after the marketplace rate limit.' : 'Paused after repeated errors.',
        params: until ? { until, blockedUntil: until } : undefined,
      };
    }
    if (err.name === 'RequestTimeoutError')
      return { code: 'marketplace_error', kind: 'timeout', message: 'The marketplace did not answer in time.' };
    if (typeof err.kind === 'string') {
      const params = sanitizeParams(err.params);
      return {
        code: 'marketplace_error',
        kind: err.kind,
        message: typeof err.message === 'string' ? err.message : err.kind,
        params,
      };
    }
    if (err.name === 'TypeError') return { code: 'marketplace_error', kind: 'network', message: 'Network error.' };
  }
  return { code: 'handler_error', message: 'Unexpected error.' };
}

function sanitizeParams(p: unknown): Record<string, string | number> | undefined {
  if (!p || typeof p !== 'object') return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/**
 * The guarded fetch refuses (no consent, origin not allowed) by throwing a HandledError; a client
 * may wrap it as the `cause` of a network error. Either way the request never left.
 */
export function guardRefusal(e: unknown): HandledError | undefined {
  if (e instanceof HandledError) return e;
  const cause = (e as { cause?: unknown } | undefined)?.cause;
  return cause instanceof HandledError ? cause : undefined;
}
