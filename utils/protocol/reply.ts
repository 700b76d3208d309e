import type { ErrorCode, WireError, WireReply } from './envelope';

/** A failed request as seen by pages and content scripts. */
export class MessageError extends Error {
  readonly code: ErrorCode;
  readonly kind?: string;
  readonly params?: Record<string, string | number>;
  constructor(error: WireError) {
    super(error.message);
    this.code = error.code;
    this.kind = error.kind;
    this.params = error.params;
  }
}

/**
 * The data of a background reply, or its error thrown as a MessageError. Its own small module
 * (types only, no browser API or schema library), so a page's first script can send a request
 * before the page's main code has loaded (sidepanel/early-requests.ts).
 */
export function unwrapReply<T>(reply: WireReply<T> | undefined): T {
  if (!reply) throw new MessageError({ code: 'handler_error', message: 'No reply from the background.' });
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}
