import { z } from 'zod';
import { catalog } from '@/utils/protocol/catalog';
import type { AnyMessageDef } from '@/utils/protocol/define';

/**
 * Compliance C11 (Coupang §3③1: no spam or advertising through the API): CS replies and messages
 * are written and sent one at a time by the seller. Inquiry replies have no UI yet, so this guards
 * the only door one could come through: a message type that takes a list of inquiries (or of
 * anything) to reply to or message at once.
 */
const REPLY_LIKE = /repl|answer|inquir|messag|\bcs\b|^cs\.|notice|chat/i;

/** Message types about replying/messaging whose request accepts a list (a bulk send). */
function bulkReplyTypes(messages: Record<string, AnyMessageDef>): string[] {
  return Object.entries(messages)
    .filter(([type]) => REPLY_LIKE.test(type))
    .filter(([, def]) => JSON.stringify(z.toJSONSchema(def.request, { unrepresentable: 'any' })).includes('"array"'))
    .map(([type]) => type);
}

describe('no bulk replies (C11)', () => {
  it('C11: no message type lets a list of inquiries be replied to or messaged at once', () => {
    expect(bulkReplyTypes(catalog)).toEqual([]);
  });

  it('C11: the check catches a bulk reply message if one is ever added', () => {
    const bulk = {
      'cs.replyInquiries': {
        needsConsent: true,
        request: z.object({ inquiryIds: z.array(z.string()), content: z.string() }),
        reply: z.object({}),
        senders: ['extension-page'],
      },
      'cs.replyInquiry': {
        needsConsent: true,
        request: z.object({ inquiryId: z.string(), content: z.string() }),
        reply: z.object({}),
        senders: ['extension-page'],
      },
    } satisfies Record<string, AnyMessageDef>;
    expect(bulkReplyTypes(bulk)).toEqual(['cs.replyInquiries']);
  });
});
