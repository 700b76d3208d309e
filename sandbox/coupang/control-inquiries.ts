import { Hono } from 'hono';
import type { CallCenterInquiry } from './data/model';
import { CALL_CENTER_TOPICS } from './data/pools';
import type { CoupangState } from './env';
import { settle } from './routes/cs';
import { isoKstMicros } from './time';

/**
 * What the sandbox holds about a vendor's inquiries, for tests to check Crossdock against (counts,
 * and the answers as Coupang keeps them: the read-back). Mounted under /__control/coupang.
 * `GET /inquiries?vendorId=…` lists every inquiry with its state after the 24 h auto-close rule;
 * `POST /inquiries/transfer {vendorId}` adds a call-centre transfer that needs a confirmation.
 */
export function createInquiryControl(state: CoupangState): Hono {
  const app = new Hono();
  app.get('/inquiries', (c) => {
    const vd = state.store.vendorById(c.req.query('vendorId') ?? '');
    if (!vd) return c.json({ error: 'vendorId must name a sandbox vendor' }, 400);
    const now = state.ctx.clock.now();
    for (const q of vd.callCenterInquiries) settle(q, now);
    return c.json({
      now,
      online: vd.onlineInquiries.map((q) => ({
        inquiryId: String(q.inquiryId),
        inquiryAt: q.inquiryAt,
        inquiryAtKst: isoKstMicros(q.inquiryAt, q.inquiryId),
        answered: q.comments.length > 0,
        answers: q.comments.map((m) => m.content),
      })),
      callCenter: vd.callCenterInquiries.map((q) => ({
        inquiryId: String(q.inquiryId),
        inquiryAt: q.inquiryAt,
        partnerStatus: q.partnerStatus,
        inquiryStatus: q.inquiryStatus,
        vendorAnswers: q.replies.filter((r) => r.answerType === 'vendor').map((r) => r.content),
      })),
    });
  });
  app.post('/inquiries/transfer', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { vendorId?: unknown };
    const vd = typeof body.vendorId === 'string' ? state.store.vendorById(body.vendorId) : undefined;
    if (!vd) return c.json({ error: 'vendorId must name a sandbox vendor' }, 400);
    const order = vd.orders[vd.orders.length - 1];
    if (!order) return c.json({ error: 'this vendor has no orders' }, 409);
    const now = state.ctx.clock.now();
    const topic = CALL_CENTER_TOPICS[0];
    const inquiry: CallCenterInquiry = {
      inquiryId: state.store.seq.callCenter.take(),
      vendorIdx: vd.idx,
      item: order.item0,
      order,
      content: '상담이력',
      inquiryAt: now,
      inquiryStatus: 'progress',
      partnerStatus: 'transfer',
      receiptCategory: topic.category,
      replies: [
        {
          answerId: state.store.seq.answer.take(),
          parentAnswerId: 0,
          partnerTransferStatus: 'none',
          partnerTransferCompleteReason: 'NONE',
          answerType: 'csAgent',
          needAnswer: false,
          receptionistName: '쿠팡 고객센터',
          receptionist: 'C0000001',
          replyAt: now,
          content: topic.content,
        },
      ],
    };
    vd.callCenterInquiries.push(inquiry);
    return c.json({ inquiryId: String(inquiry.inquiryId) }, 201);
  });
  return app;
}
