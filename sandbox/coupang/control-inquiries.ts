import { Hono } from 'hono';
import type { CoupangState } from './env';
import { settle } from './routes/cs';
import { isoKstMicros } from './time';

/**
 * What the sandbox holds about a vendor's inquiries, for tests to check Crossdock against (counts,
 * and the answers as Coupang keeps them: the read-back). Mounted under /__control/coupang.
 * `GET /inquiries?vendorId=…` lists every inquiry with its state after the 24 h auto-close rule.
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
  return app;
}
