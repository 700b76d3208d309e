import { z } from 'zod';
import { parseAccountKey } from '../../../domain/keys';
import type { CoreServices } from '../../core/core';
import {
  applied,
  defineOutboxAction,
  type OutboxItem,
  type OutboxResult,
  refused,
  type Verdict,
} from '../../outbox/action';
import { cacheDelete } from '../../store/cache';
import type { CoupangClient } from '../api';
import { toSendFailure } from '../api/send-failure';
import type { CoupangClients } from '../client-factory';
import { writeInquirySummary } from './inquiry-counts';
import { type InquiryRecord, mapCallCenterInquiry, mapOnlineInquiry } from './mapping';
import { replyTextCache } from './store';
import { allPages, storeInquiries } from './sync';

/**
 * The two inquiry writes, one inquiry per outbox item (agreement §3③1: no mass replies):
 * - `coupang.inquiryReply`: answer a product question or a call-centre transfer;
 * - `coupang.inquiryConfirm`: confirm a call-centre transfer that needs no answer.
 * The payload holds ids only; the reply text waits in the encrypted cache (`replyTextCache`).
 * Coupang keeps every answer and rejects none as duplicate reliably, so an unproven send is never
 * repeated blindly: the inquiry is read back (a list look-up, not the single call-centre call
 * Coupang may block) and the answer found there — or not — decides.
 */
export const INQUIRY_ACTIONS = {
  reply: 'coupang.inquiryReply',
  confirm: 'coupang.inquiryConfirm',
} as const;

const idText = z.lazy(() => z.string().regex(/^\d{1,30}$/));
export const inquiryWritePayload = z.lazy(() =>
  z.object({
    kind: z.enum(['product', 'callCenter']),
    inquiryId: idText,
    /** KST date Coupang lists the inquiry under: the read-back's one-day window. */
    listedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    orderId: idText.optional(),
    parentAnswerId: idText.optional(),
  }),
);
export type InquiryWritePayload = z.infer<typeof inquiryWritePayload>;

const INTERACTIVE = { priority: 'interactive' as const };

/** Same comparison Coupang makes: `\n` newlines, trimmed. */
const normal = (s: string | undefined) => (s ?? '').replace(/\r\n?/g, '\n').trim();

/** Reads one inquiry back through the list calls (one-day window, its order when known). */
export async function readBack(
  client: CoupangClient,
  p: InquiryWritePayload,
  now: number,
): Promise<InquiryRecord | undefined> {
  const day = { from: p.listedOn, to: p.listedOn };
  if (p.kind === 'product') {
    const list = await allPages(50, (pageNum) =>
      client.cs.listOnlineInquiries({ ...day, answeredType: 'ALL', pageNum, pageSize: 50 }, INTERACTIVE),
    );
    const q = list.find((x) => x.inquiryId === p.inquiryId);
    return q && mapOnlineInquiry(q, { syncedAt: now });
  }
  const list = await allPages(30, (pageNum) =>
    client.cs.listCallCenterInquiries(
      { ...day, status: 'NONE', ...(p.orderId ? { orderId: p.orderId } : {}), pageNum, pageSize: 30 },
      INTERACTIVE,
    ),
  );
  const q = list.find((x) => x.inquiryId === p.inquiryId);
  return q && mapCallCenterInquiry(q, { syncedAt: now });
}

export function createInquiryActions(core: CoreServices, clients: CoupangClients) {
  /** Keeps the read-back in the cache (the thread shows Coupang's copy of the answer). */
  async function keep(accountKey: string, record: InquiryRecord | undefined, previous?: InquiryRecord) {
    if (!record) return;
    // Names come from the synced orders; a read-back of one inquiry keeps the one already shown.
    const named =
      previous?.productName && !record.productName ? { ...record, productName: previous.productName } : record;
    await storeInquiries(core, accountKey, [named]);
    await writeInquirySummary(core, accountKey);
  }

  async function sendOne(
    accountKey: string,
    item: OutboxItem<InquiryWritePayload>,
    call: (c: CoupangClient, by: string) => Promise<void>,
  ): Promise<OutboxResult> {
    const client = await clients.get(accountKey);
    // Coupang takes the Wing login id or the vendor id as the one who answers: the login id when
    // the seller gave it (Wing shows it as the answerer), else the vendor id.
    const by = (await core.accounts.get(accountKey))?.wingUserId ?? parseAccountKey(accountKey)?.accountId ?? '';
    try {
      await call(client, by);
    } catch (e) {
      throw toSendFailure(e);
    }
    // Delivered: the text is Coupang's now (read back below); our copy goes.
    await cacheDelete(replyTextCache.kind, accountKey, item.targetId);
    await keep(accountKey, await readBack(client, item.payload, core.now()).catch(() => undefined));
    return applied();
  }

  /** Whether the look shows this write applied; the text decides for replies when we still have it. */
  const lookFor =
    (proves: (r: InquiryRecord, text: string) => boolean) =>
    async (accountKey: string, items: OutboxItem<InquiryWritePayload>[]): Promise<Map<string, Verdict>> => {
      const client = await clients.get(accountKey);
      const out = new Map<string, Verdict>();
      for (const item of items) {
        const record = await readBack(client, item.payload, core.now());
        const text = normal((await replyTextCache.get(accountKey, item.targetId))?.text);
        await keep(accountKey, record);
        out.set(item.id, record ? (proves(record, text) ? 'applied' : 'notApplied') : 'unknown');
      }
      return out;
    };

  const reply = defineOutboxAction({
    type: INQUIRY_ACTIONS.reply,
    payload: inquiryWritePayload,
    batchSize: 1,
    send: async (accountKey, items) => {
      const out = new Map<string, OutboxResult>();
      for (const item of items) {
        const text = (await replyTextCache.get(accountKey, item.targetId))?.text;
        if (!text) {
          // The cache key went with a browser restart (or the TTL passed): nothing left to send.
          out.set(item.id, refused('REPLY_TEXT_GONE', 'The reply text is no longer available; write it again.', true));
          continue;
        }
        const p = item.payload;
        out.set(
          item.id,
          await sendOne(accountKey, item, (c, by) =>
            p.kind === 'product'
              ? c.cs.replyOnlineInquiry({ inquiryId: p.inquiryId, content: text, replyBy: by }, INTERACTIVE)
              : c.cs.replyCallCenterInquiry(
                  { inquiryId: p.inquiryId, content: text, replyBy: by, parentAnswerId: p.parentAnswerId ?? '0' },
                  INTERACTIVE,
                ),
          ),
        );
      }
      return out;
    },
    // Applied when the seller's answer is in the thread (the same text, or any seller answer when
    // the text is gone: a restarted browser cannot compare, and an answer is there).
    reconcile: lookFor((r, text) => r.thread.some((e) => e.who === 'seller' && (!text || normal(e.content) === text))),
  });

  const confirm = defineOutboxAction({
    type: INQUIRY_ACTIONS.confirm,
    payload: inquiryWritePayload,
    batchSize: 1,
    send: async (accountKey, items) => {
      const out = new Map<string, OutboxResult>();
      for (const item of items)
        out.set(
          item.id,
          await sendOne(accountKey, item, (c, by) =>
            c.cs.confirmCallCenterInquiry({ inquiryId: item.payload.inquiryId, confirmBy: by }, INTERACTIVE),
          ),
        );
      return out;
    },
    reconcile: lookFor((r) => r.state !== 'needsConfirm'),
  });

  return { reply, confirm };
}
