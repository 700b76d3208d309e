import { confirmBlock, replyBlock } from '../../../domain/inquiry-deadline';
import { HandledError } from '../../../protocol/envelope';
import type { InquiryCounts, InquiryRow, inquiryMessages } from '../../../protocol/messages/inquiries';
import type { CoreServices } from '../../core/core';
import { outboxView } from '../../handlers/orders';
import type { Handlers } from '../../messaging/dispatcher';
import type { OutboxRecord } from '../../store/db';
import type { CoupangClients } from '../client-factory';
import { INQUIRY_ACTIONS, type InquiryWritePayload } from './actions';
import { currentInquiries, readInquirySummary } from './inquiry-counts';
import type { InquiryRecord } from './mapping';
import { inquiryCache, replyTextCache } from './store';
import { syncInquiries } from './sync';
import { deleteTemplate, loadTemplates, saveTemplate } from './templates';

const OUR_ACTIONS = new Set<string>(Object.values(INQUIRY_ACTIONS));
const FINAL = new Set(['succeeded', 'failed', 'unknown']);

/**
 * The order of the list: first what can still be answered in time, soonest deadline first; then
 * product questions already past their 24 h target, oldest first; then answered and closed ones,
 * newest first.
 */
export function inquiryOrder(now: number) {
  const group = (r: InquiryRow) =>
    r.state !== 'unanswered' && r.state !== 'needsConfirm' ? 2 : (r.deadlineAt ?? Infinity) > now ? 0 : 1;
  return (a: InquiryRow, b: InquiryRow): number => {
    const ga = group(a);
    const gb = group(b);
    if (ga !== gb) return ga - gb;
    if (ga < 2) return (a.deadlineAt ?? Number.MAX_SAFE_INTEGER) - (b.deadlineAt ?? Number.MAX_SAFE_INTEGER);
    return a.askedAt < b.askedAt ? 1 : a.askedAt > b.askedAt ? -1 : 0;
  };
}

function countsOf(rows: InquiryRow[], now: number): InquiryCounts {
  const c: InquiryCounts = { unanswered: 0, needsConfirm: 0, answered: 0, closed: 0, urgent: 0 };
  for (const r of rows) {
    c[r.state]++;
    const waiting = r.state === 'unanswered' || r.state === 'needsConfirm';
    if (waiting && r.deadlineAt !== undefined && r.deadlineAt - now < 2 * 3_600_000) c.urgent++;
  }
  return c;
}

/** Message handlers: thin; sync.ts reads, actions.ts writes through the outbox. */
export function inquiryHandlers(core: CoreServices, clients: CoupangClients): Handlers<typeof inquiryMessages> {
  /** The newest write per inquiry that is still in flight or ended without being applied. */
  async function pendingByInquiry(accountKey: string): Promise<Map<string, OutboxRecord>> {
    const out = new Map<string, OutboxRecord>();
    for (const r of await core.outbox.list({ accountKey }))
      if (OUR_ACTIONS.has(r.action) && r.state !== 'succeeded') out.set(r.targetId, r);
    return out;
  }

  async function cached(accountKey: string, key: string): Promise<InquiryRecord> {
    const rec = await inquiryCache.get(accountKey, key, core.now());
    if (!rec)
      throw new HandledError(
        'invalid_request',
        'This inquiry is not in the synced list; refresh and try again.',
        'inquiryNotCached',
      );
    return rec;
  }

  /** One write for one inquiry; a write already on its way for it is returned, not queued again. */
  async function enqueue(accountKey: string, action: string, rec: InquiryRecord, before?: () => Promise<void>) {
    const inFlight = (await core.outbox.list({ accountKey })).find(
      (r) => r.targetId === rec.key && OUR_ACTIONS.has(r.action) && !FINAL.has(r.state),
    );
    if (inFlight) return { item: outboxView(inFlight) };
    await before?.();
    const payload: InquiryWritePayload = {
      kind: rec.kind,
      inquiryId: rec.inquiryId,
      listedOn: rec.listedOn,
      ...(rec.kind === 'callCenter' && rec.orderIds[0] ? { orderId: rec.orderIds[0] } : {}),
      ...(rec.parentAnswerId ? { parentAnswerId: rec.parentAnswerId } : {}),
    };
    const [item] = await core.outbox.enqueue(accountKey, action, [{ targetId: rec.key, payload }], crypto.randomUUID());
    void core.outbox.process(accountKey);
    return { item: outboxView(item!) };
  }

  const blocked = (why: string) =>
    new HandledError('invalid_request', `This inquiry cannot take it now (${why}).`, `inquiry.${why}`);

  return {
    'inquiries.list': async ({ accountKey, refresh }) => {
      if (refresh) await syncInquiries(core, accountKey, await clients.get(accountKey), { priority: 'interactive' });
      const now = core.now();
      const [records, pending, summary] = await Promise.all([
        currentInquiries(accountKey, now),
        pendingByInquiry(accountKey),
        readInquirySummary(accountKey, now),
      ]);
      const rows = records
        .map((r): InquiryRow => {
          const { listedOn: _l, parentAnswerId: _p, syncedAt: _s, ...row } = r;
          const p = pending.get(r.key);
          return { ...row, accountKey, ...(p ? { pending: outboxView(p) } : {}) };
        })
        .sort(inquiryOrder(now));
      return { rows, counts: countsOf(rows, now), ...(summary ? { syncedAt: summary.at } : {}) };
    },

    'inquiries.reply': async ({ accountKey, key, content }) => {
      const rec = await cached(accountKey, key);
      const why = replyBlock({ ...rec, inFlight: false }, core.now());
      if (why) throw blocked(why);
      return enqueue(accountKey, INQUIRY_ACTIONS.reply, rec, async () => {
        await replyTextCache.put(
          accountKey,
          rec.key,
          { text: content },
          {
            now: core.now(),
            ttl: (await core.settings.get()).cache,
          },
        );
      });
    },

    'inquiries.confirm': async ({ accountKey, key }) => {
      const rec = await cached(accountKey, key);
      const why = confirmBlock({ ...rec, inFlight: false }, core.now());
      if (why) throw blocked(why);
      return enqueue(accountKey, INQUIRY_ACTIONS.confirm, rec);
    },

    'inquiries.templates': async () => ({ templates: await loadTemplates() }),
    'inquiries.saveTemplate': async (input) => ({ templates: await saveTemplate(input) }),
    'inquiries.deleteTemplate': async ({ id }) => ({ templates: await deleteTemplate(id) }),
  };
}
