import { guardRefusal } from '../../core/to-wire-error';
import { QueueUnavailableError } from '../../net';
import { OutboxSendError } from '../../outbox/outbox';
import { isCoupangApiError } from './errors';

/** A whole-request failure, in outbox terms: was it sent, may it have been applied? */
export function toSendFailure(e: unknown): OutboxSendError {
  if (e instanceof QueueUnavailableError) {
    return new OutboxSendError({
      kind: 'notSent',
      code: e.reason,
      message: e.message,
      retryAtMs: e.until ?? undefined,
    });
  }
  const refusal = guardRefusal(e);
  if (refusal) return new OutboxSendError({ kind: 'notSent', code: refusal.code, message: refusal.message });
  if (isCoupangApiError(e)) {
    const said = e.serverMessage ?? e.message;
    if (e.kind === 'rateLimited') {
      return new OutboxSendError({ kind: 'notSent', code: 'RATE_LIMITED', message: said, retryAtMs: e.blockedUntil });
    }
    // An answer that does not prove the outcome (5xx, gateway timeout, no answer, unreadable): the
    // write may have been applied, so it is looked up, never resent blindly.
    if (
      e.kind === 'timeout' ||
      e.kind === 'network' ||
      e.kind === 'server' ||
      e.kind === 'schema' ||
      e.kind === 'unknown'
    ) {
      return new OutboxSendError({ kind: 'maybeSent', code: e.kind.toUpperCase(), message: said });
    }
    return new OutboxSendError({ kind: 'rejected', code: e.kind, message: said });
  }
  return new OutboxSendError({ kind: 'maybeSent', code: 'ERROR', message: 'The request failed.' });
}
