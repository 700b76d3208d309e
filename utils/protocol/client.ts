import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { Catalog } from './catalog';
import type { WireReply } from './envelope';
import { MessageError, unwrapReply } from './reply';

export { MessageError };

export type MessageType = keyof Catalog;
export type RequestOf<T extends MessageType> = z.input<Catalog[T]['request']>;
export type ReplyOf<T extends MessageType> = z.output<Catalog[T]['reply']>;

/** Typed request to the background, for extension pages and content scripts. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ReplyOf<T>> {
  return unwrapReply((await browser.runtime.sendMessage({ type, payload })) as WireReply<ReplyOf<T>> | undefined);
}
