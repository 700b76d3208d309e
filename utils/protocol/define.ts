import type { z } from 'zod';
import type { SenderKind } from './sender';

/**
 * One message type: its request and reply schemas and who may send it. Definitions are plain
 * data shared by senders (for typing) and the background (for checking).
 */
export interface MessageDef<Req extends z.ZodType, Rep extends z.ZodType> {
  request: Req;
  reply: Rep;
  senders: readonly SenderKind[];
  /**
   * True when answering may contact a marketplace or store marketplace data: the dispatcher
   * refuses it before consent (compliance C4), so no handler checks consent itself.
   */
  needsConsent: boolean;
}

/** What a definition is written as: the schemas as functions that build them. */
export interface MessageDefSource<Req extends z.ZodType, Rep extends z.ZodType>
  extends Omit<MessageDef<Req, Rep>, 'request' | 'reply'> {
  request: () => Req;
  reply: () => Rep;
}

/**
 * Schemas are built when a message of the type is first checked, not when the catalog loads: a
 * woken service worker evaluates every definition before it can answer anything, and building
 * all 120-odd types' zod schemas was most of that (issue 13). Each schema is built once and kept;
 * the dispatcher checks every message exactly as before. The same holds for the schemas that
 * modules share (shared-schemas.ts, the marketplaces' response schemas): a schema a module builds
 * at top level is written `z.lazy(() => …)`, built on its first parse. An object schema that
 * others extend or pick from is written as a builder (`const orderRowObject = () => z.object(…)`)
 * with `z.lazy(orderRowObject)` beside it, and the others call the builder inside their own
 * `z.lazy`. Only a schema whose methods run at top level (`.shape`, `.min` …) is built eagerly.
 */
export function defineMessage<Req extends z.ZodType, Rep extends z.ZodType>(
  source: MessageDefSource<Req, Rep>,
): MessageDef<Req, Rep> {
  let request: Req | undefined;
  let reply: Rep | undefined;
  return {
    needsConsent: source.needsConsent,
    senders: source.senders,
    get request() {
      request ??= source.request();
      return request;
    },
    get reply() {
      reply ??= source.reply();
      return reply;
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds definitions of every shape
export type AnyMessageDef = MessageDef<any, any>;
