import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { Catalog } from './catalog';
import type { ErrorCode, WireError, WireReply } from './envelope';

export type MessageType = keyof Catalog;
export type RequestOf<T extends MessageType> = z.input<Catalog[T]['request']>;
export type ReplyOf<T extends MessageType> = z.output<Catalog[T]['reply']>;

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

/** Typed request to the background, for extension pages and content scripts. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ReplyOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as WireReply<ReplyOf<T>> | undefined;
  if (!reply) throw new MessageError({ code: 'handler_error', message: 'No reply from the background.' });
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}
