import { z } from 'zod';

/** Every message on the wire: `{ type, payload }`. */
export const messageEnvelope = z.lazy(() =>
  z.object({ type: z.string().min(1).max(80), payload: z.unknown() }).strict(),
);

export type ErrorCode =
  | 'unknown_type'
  | 'invalid_request'
  | 'forbidden'
  | 'invalid_reply'
  | 'handler_error'
  | 'not_connected'
  | 'consent_required'
  | 'marketplace_error';

/** A failure the UI can show: `code` picks the wording, `params` fill it; never secrets or PII. */
export interface WireError {
  code: ErrorCode;
  message: string;
  /** For marketplace errors: the classified kind (e.g. ipNotAllowed) and i18n params. */
  kind?: string;
  params?: Record<string, string | number>;
}

export type WireReply<T> = { ok: true; data: T } | { ok: false; error: WireError };

/** Thrown by handlers to send a specific, user-presentable error back. */
export class HandledError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly kind?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}

/** The one refusal for work that needs the seller's consent first (compliance C4). */
export const consentRequiredError = () =>
  new HandledError(
    'consent_required',
    'Consent is required before Crossdock contacts a marketplace.',
    'consentRequired',
  );
