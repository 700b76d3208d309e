import { describe, expect, it } from 'vitest';
import { kstDay, setup, V4, V5 } from './helpers';

const DAY = 86_400_000;

/**
 * The inquiry control (GET /__control/coupang/inquiries): what tests check Crossdock against —
 * answers as Coupang keeps them (the read-back), a confirmed transfer, the 24 h auto-close on the
 * sandbox clock.
 */
describe('inquiry control', () => {
  it('shows an answer as stored, a confirmed transfer, and closes an unanswered transfer after 24 h', async () => {
    const { ctx, vendorA, call, control } = setup();
    const before = await control('GET', `/inquiries?vendorId=${vendorA.vendorId}`);
    expect(before.status).toBe(200);
    expect(before.json.online.length).toBeGreaterThan(0);
    expect(before.json.callCenter.length).toBeGreaterThan(0);
    expect(typeof before.json.online[0].inquiryId).toBe('string');

    const q = await control('POST', '/inquiries', { vendorId: vendorA.vendorId, kind: 'online', content: '색상 문의' });
    const answer = await call(
      vendorA,
      'POST',
      `${V4}/${vendorA.vendorId}/onlineInquiries/${q.json.inquiryId}/replies`,
      {
        vendorId: vendorA.vendorId,
        content: '사진과 같은 색상입니다.',
        replyBy: vendorA.vendorId,
      },
    );
    expect(answer.json.code).toBe('200');
    // The same answer again is refused (Coupang: "동일한 답변이 존재합니다").
    const again = await call(vendorA, 'POST', `${V4}/${vendorA.vendorId}/onlineInquiries/${q.json.inquiryId}/replies`, {
      vendorId: vendorA.vendorId,
      content: '사진과 같은 색상입니다.',
      replyBy: vendorA.vendorId,
    });
    expect(again.status).toBe(400);
    const read = await control('GET', `/inquiries?vendorId=${vendorA.vendorId}`);
    const online = read.json.online.find((x: { inquiryId: string }) => x.inquiryId === q.json.inquiryId);
    expect(online).toMatchObject({ answered: true, answers: ['사진과 같은 색상입니다.'] });

    // A transfer needing a confirmation: confirmed through the API, seen as answered/complete.
    const list = await call(
      vendorA,
      'GET',
      `${V5}/${vendorA.vendorId}/callCenterInquiries?inquiryStartAt=${kstDay(ctx, 6)}&inquiryEndAt=${kstDay(ctx)}&vendorId=${vendorA.vendorId}&partnerCounselingStatus=TRANSFER&pageSize=30`,
    );
    const transfer = (list.json.data.content as Array<{ inquiryId: number; inquiryAt: string }>).find(
      (x) => Date.parse(x.inquiryAt) > ctx.clock.now() - DAY,
    );
    if (transfer) {
      const confirmed = await call(
        vendorA,
        'POST',
        `${V4}/${vendorA.vendorId}/callCenterInquiries/${transfer.inquiryId}/confirms`,
        { confirmBy: vendorA.vendorId },
      );
      expect(confirmed.json.code).toBe('200');
      const after = await control('GET', `/inquiries?vendorId=${vendorA.vendorId}`);
      expect(
        after.json.callCenter.find((x: { inquiryId: string }) => x.inquiryId === String(transfer.inquiryId)),
      ).toMatchObject({ partnerStatus: 'answered', inquiryStatus: 'complete', vendorAnswers: [] });
    }

    // An unanswered transfer: waiting now, closed by "Coupang" 24 h later on the sandbox clock.
    const late = await control('POST', '/inquiries', { vendorId: vendorA.vendorId, kind: 'callCenter' });
    const waiting = (await control('GET', `/inquiries?vendorId=${vendorA.vendorId}`)).json.callCenter.find(
      (x: { inquiryId: string }) => x.inquiryId === late.json.inquiryId,
    );
    expect(waiting).toMatchObject({ partnerStatus: 'requestAnswer', inquiryStatus: 'progress' });
    ctx.clock.advance(DAY + 60_000);
    const closed = (await control('GET', `/inquiries?vendorId=${vendorA.vendorId}`)).json.callCenter.find(
      (x: { inquiryId: string }) => x.inquiryId === late.json.inquiryId,
    );
    expect(closed).toMatchObject({ partnerStatus: 'answered', inquiryStatus: 'complete', vendorAnswers: [] });
  });

  it('refuses an unknown vendor', async () => {
    const { control } = setup();
    expect((await control('GET', '/inquiries?vendorId=A99999999')).status).toBe(400);
  });
});
