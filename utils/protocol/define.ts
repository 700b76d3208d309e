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

export function defineMessage<Req extends z.ZodType, Rep extends z.ZodType>(def: MessageDef<Req, Rep>) {
  return def;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds definitions of every shape
export type AnyMessageDef = MessageDef<any, any>;
