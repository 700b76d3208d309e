import type { z } from 'zod';
import type { AnyMessageDef } from '../../protocol/define';
import {
  consentRequiredError,
  HandledError,
  messageEnvelope,
  type WireError,
  type WireReply,
} from '../../protocol/envelope';
import type { ClassifiedSender } from '../../protocol/sender';

export type TrustedSender = Exclude<ClassifiedSender, { kind: 'untrusted' }>;

type Catalog = Record<string, AnyMessageDef>;

export type Handler<D extends AnyMessageDef> = (
  payload: z.infer<D['request']>,
  sender: TrustedSender,
) => Promise<z.input<D['reply']>> | z.input<D['reply']>;

export type Handlers<C extends Catalog> = { [K in keyof C]: Handler<C[K]> };

export interface Rejection {
  type: string;
  reason: 'malformed-envelope' | 'unknown-type' | 'sender-not-allowed' | 'invalid-payload';
  sender: ClassifiedSender;
}

export interface DispatcherOptions {
  /** Asked only for messages declared `needsConsent`. */
  hasConsent(): Promise<boolean>;
  onRejected(rejection: Rejection): void;
  /** Reports a handler failure for the local error log (already redacted by the caller's logger). */
  onHandlerError?(type: string, error: unknown): void;
}

/**
 * The background's single entry for messages: validates the envelope, checks the sender against
 * the type's allow-list, validates the payload, refuses work that needs consent before it is given,
 * runs the handler, validates the reply. Anything
 * refused gets a typed error reply and is reported (security log).
 */
export function createDispatcher<C extends Catalog>(catalog: C, handlers: Handlers<C>, opts: DispatcherOptions) {
  return async function dispatch(raw: unknown, sender: ClassifiedSender): Promise<WireReply<unknown>> {
    const env = messageEnvelope.safeParse(raw);
    if (!env.success) {
      opts.onRejected({ type: '(none)', reason: 'malformed-envelope', sender });
      return fail({ code: 'invalid_request', message: 'Malformed message.' });
    }
    const { type, payload } = env.data;
    const def = Object.hasOwn(catalog, type) ? catalog[type] : undefined;
    if (!def) {
      opts.onRejected({ type, reason: 'unknown-type', sender });
      return fail({ code: 'unknown_type', message: `Unknown message type ${type}.` });
    }
    if (sender.kind === 'untrusted' || !def.senders.includes(sender.kind)) {
      opts.onRejected({ type, reason: 'sender-not-allowed', sender });
      return fail({ code: 'forbidden', message: `This context may not send ${type}.` });
    }
    const parsed = def.request.safeParse(payload);
    if (!parsed.success) {
      opts.onRejected({ type, reason: 'invalid-payload', sender });
      return fail({ code: 'invalid_request', message: `Invalid ${type} request: ${issuePaths(parsed.error)}` });
    }
    if (def.needsConsent && !(await opts.hasConsent())) {
      const e = consentRequiredError();
      return fail({ code: e.code, message: e.message, kind: e.kind });
    }
    let result: unknown;
    try {
      // The catalog and the handlers are the same keys (Handlers<C>), and `type` is in the catalog.
      result = await handlers[type]!(parsed.data, sender);
    } catch (e) {
      if (e instanceof HandledError) return fail({ code: e.code, message: e.message, kind: e.kind, params: e.params });
      opts.onHandlerError?.(type, e);
      return fail({ code: 'handler_error', message: `${type} failed.` });
    }
    const reply = def.reply.safeParse(result);
    if (!reply.success) {
      opts.onHandlerError?.(type, new Error(`reply failed its schema at ${issuePaths(reply.error)}`));
      return fail({ code: 'invalid_reply', message: `${type} produced an invalid reply.` });
    }
    return { ok: true, data: reply.data };
  };
}

function fail(error: WireError): WireReply<never> {
  return { ok: false, error };
}

/** Field paths only — never the values, which may be PII. */
function issuePaths(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => i.path.join('.') || '(root)')
    .join(', ');
}
