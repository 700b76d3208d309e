import { inquiryOrder } from '@/utils/background/coupang/cs/handlers';
import { attentionOf, summarize } from '@/utils/background/coupang/cs/inquiry-counts';
import { mapCallCenterInquiry, mapOnlineInquiry, parseInquiryKey } from '@/utils/background/coupang/cs/mapping';
import { callCenterListResponse, onlineInquiryListResponse } from '@/utils/background/coupang/cs/schemas';
import { inquiryWindows } from '@/utils/background/coupang/cs/sync';
import { projectForCache, unlistedPaths } from '@/utils/background/privacy/projections';
import type { InquiryRow } from '@/utils/protocol/messages/inquiries';
import { inquiryRow } from '@/utils/protocol/messages/inquiries';

const NOW = Date.parse('2026-12-04T16:40:00Z'); // 01:40 on 5 December, KST
const HOUR = 3_600_000;

/** Answers shaped as the sandbox (and the API article's samples) send them. */
const online = onlineInquiryListResponse.parse({
  code: 200,
  message: 'OK',
  data: {
    content: [
      {
        inquiryId: 39352001,
        productId: 80001,
        sellerProductId: 1320001,
        sellerItemId: 2001,
        vendorItemId: 32425960000,
        content: '사이즈가 정사이즈인가요?',
        inquiryAt: '2026-12-05T01:40:00.123456+09:00',
        orderIds: [20000000005942],
        commentDtoList: [],
      },
      {
        inquiryId: 39352002,
        vendorItemId: 32425960001,
        content: '재입고 예정이 있나요?',
        inquiryAt: '2026-12-04 09:00:00',
        orderIds: null,
        commentDtoList: [
          { inquiryCommentId: 36881001, content: '다음 주 입고됩니다.', inquiryCommentAt: '2026-12-04T10:00:00+09:00' },
        ],
      },
    ],
    pagination: { currentPage: 1, totalPages: 1, totalElements: 2, countPerPage: 50 },
  },
}).data.content;

const agent = (over: Record<string, unknown>) => ({
  answerId: 7001,
  parentAnswerId: 0,
  partnerTransferStatus: 'requestAnswer',
  answerType: 'csAgent',
  needAnswer: true,
  receptionistName: '쿠팡 고객센터',
  receptionist: 'C0000001',
  replyAt: '2026-12-05T00:00:00+09:00',
  content: '[판매자이관] 고객님께서 출고 일정 확인을 요청하셨습니다.',
  ...over,
});
const call = (id: number, over: Record<string, unknown>) => ({
  inquiryId: id,
  inquiryStatus: 'progress',
  csPartnerCounselingStatus: 'requestAnswer',
  vendorItemId: [32425960002],
  itemName: '여성 루즈핏 울 블렌드 니트 가디건, 베이지 FREE',
  content: '상담이력',
  answeredAt: null,
  replies: [agent({})],
  inquiryAt: '2026-12-05T00:00:00+09:00',
  buyerEmail: '',
  buyerPhone: '+82-10-1234-5678',
  orderId: 20000000005942,
  receiptCategory: '배송문의>배송지연>출고지연문의',
  ...over,
});
const calls = callCenterListResponse.parse({
  code: 200,
  message: 'OK',
  data: {
    content: [
      call(1001, {}),
      call(1002, { replies: [agent({ partnerTransferStatus: 'none', needAnswer: false })] }),
      call(1003, {
        inquiryStatus: 'complete',
        csPartnerCounselingStatus: 'answered',
        replies: [
          agent({ partnerTransferStatus: 'answered', needAnswer: false }),
          agent({
            answerId: 7002,
            parentAnswerId: 7001,
            answerType: 'csAgent',
            content: '[쿠팡 시스템] 24시간 내 미답변',
          }),
        ],
      }),
      call(1004, {
        csPartnerCounselingStatus: 'answered',
        replies: [
          agent({ partnerTransferStatus: 'answered', needAnswer: false }),
          agent({ answerId: 7003, parentAnswerId: 7001, answerType: 'vendor', content: '오늘 출고합니다.' }),
        ],
      }),
      call(1005, {
        inquiryStatus: 'complete',
        csPartnerCounselingStatus: 'answered',
        replies: [agent({ partnerTransferStatus: 'none', needAnswer: false })],
      }),
    ],
  },
}).data.content;

describe('inquiry mapping', () => {
  it('product Q&A: ids as strings, KST times, unanswered until a comment exists, 24 h answer target', () => {
    const [open, done] = online.map((q) => mapOnlineInquiry(q, { syncedAt: NOW, productName: '니트 가디건' }));
    expect(open).toMatchObject({
      key: 'product:39352001',
      inquiryId: '39352001',
      state: 'unanswered',
      hardDeadline: false,
      orderIds: ['20000000005942'],
      vendorItemId: '32425960000',
      listedOn: '2026-12-05',
      productName: '니트 가디건',
    });
    // Coupang's microseconds are dropped with the KST normalisation (seconds are enough for a deadline).
    expect(open?.deadlineAt).toBe(Date.parse('2026-12-05T01:40:00+09:00') + 24 * HOUR);
    expect(done?.state).toBe('answered');
    // An offset-less v4 time is KST.
    expect(done?.askedAt).toBe('2026-12-04T09:00:00+09:00');
    expect(done?.thread.map((e) => e.who)).toEqual(['customer', 'seller']);
    expect(done?.orderIds).toEqual([]);
  });

  it('call centre: waiting for an answer, for a confirmation, closed by Coupang, answered, confirmed', () => {
    const states = calls.map((q) => mapCallCenterInquiry(q, { syncedAt: NOW }).state);
    expect(states).toEqual(['unanswered', 'needsConfirm', 'closed', 'answered', 'answered']);
    // The status a list was asked for decides where the fields alone do not.
    expect(mapCallCenterInquiry(calls[0]!, { syncedAt: NOW, listed: 'TRANSFER' }).state).toBe('needsConfirm');
  });

  it('call centre: the hard deadline runs from the transfer; the reply answers the agent note that asks', () => {
    const r = mapCallCenterInquiry(calls[0]!, { syncedAt: NOW });
    expect(r).toMatchObject({
      key: 'callCenter:1001',
      hardDeadline: true,
      parentAnswerId: '7001',
      orderIds: ['20000000005942'],
    });
    expect(r.deadlineAt).toBe(Date.parse('2026-12-05T00:00:00+09:00') + 24 * HOUR);
    expect(r.category).toBe('배송문의>배송지연>출고지연문의');
    // "상담이력" is Coupang's placeholder, not the customer's words.
    expect(r.thread.map((e) => e.who)).toEqual(['agent']);
  });

  it('C5: a cached inquiry keeps no buyer phone or e-mail, and nothing outside its declared fields', () => {
    for (const q of calls) {
      const r = mapCallCenterInquiry(q, { syncedAt: NOW });
      expect(JSON.stringify(r)).not.toContain('1234-5678');
      expect(unlistedPaths('coupang.inquiry', r)).toEqual([]);
      expect(projectForCache('coupang.inquiry', r)).toEqual(r);
    }
  });

  it('maps to rows the protocol accepts', () => {
    const {
      listedOn: _l,
      parentAnswerId: _p,
      syncedAt: _s,
      ...row
    } = mapCallCenterInquiry(calls[0]!, { syncedAt: NOW });
    expect(inquiryRow.safeParse({ ...row, accountKey: 'coupang:A00012345' }).success).toBe(true);
    expect(parseInquiryKey('callCenter:1001')).toEqual({ kind: 'callCenter', inquiryId: '1001' });
    expect(parseInquiryKey('callCenter:1001:2')).toBeUndefined();
  });
});

describe('inquiry windows', () => {
  it('30 days in ≤7-day windows, newest first, ending today (KST)', () => {
    const w = inquiryWindows('2026-12-05', 30);
    expect(w).toEqual([
      { from: '2026-11-29', to: '2026-12-05' },
      { from: '2026-11-22', to: '2026-11-28' },
      { from: '2026-11-15', to: '2026-11-21' },
      { from: '2026-11-08', to: '2026-11-14' },
      { from: '2026-11-06', to: '2026-11-07' },
    ]);
    expect(inquiryWindows('2026-12-05', 7)).toEqual([{ from: '2026-11-29', to: '2026-12-05' }]);
  });
});

describe('counts, urgency and order', () => {
  const records = [
    ...online.map((q) => mapOnlineInquiry(q, { syncedAt: NOW })),
    ...calls.map((q) => mapCallCenterInquiry(q, { syncedAt: NOW })),
  ];

  it('counts what waits for the seller; urgent under 2 hours left', () => {
    const s = summarize(records, NOW);
    expect(s).toMatchObject({ online: 1, callCenter: 2, at: NOW });
    expect(s.deadlines).toHaveLength(3);
    // The call-centre transfers are due at 00:00 KST on 6 December.
    const due = Date.parse('2026-12-06T00:00:00+09:00');
    expect(attentionOf(s, due - 3 * HOUR)).toEqual({ count: 3, urgent: false });
    expect(attentionOf(s, due - HOUR)).toEqual({ count: 3, urgent: true });
    expect(attentionOf(undefined, NOW)).toEqual({ count: 0, urgent: false });
  });

  it('lists what can still be answered in time first, then late questions, then the rest', () => {
    const row = (key: string, state: InquiryRow['state'], deadlineAt: number | undefined, askedAt: string) =>
      ({ key, state, deadlineAt, askedAt }) as InquiryRow;
    const rows = [
      row('product:1', 'answered', NOW, '2026-12-01T00:00:00+09:00'),
      row('product:2', 'unanswered', NOW - 5 * HOUR, '2026-12-03T00:00:00+09:00'),
      row('callCenter:3', 'unanswered', NOW + 20 * HOUR, '2026-12-04T00:00:00+09:00'),
      row('callCenter:4', 'needsConfirm', NOW + HOUR, '2026-12-04T00:00:00+09:00'),
      row('product:5', 'unanswered', NOW - 50 * HOUR, '2026-12-02T00:00:00+09:00'),
      row('callCenter:6', 'closed', undefined, '2026-12-03T00:00:00+09:00'),
    ];
    expect(rows.sort(inquiryOrder(NOW)).map((r) => r.key)).toEqual([
      'callCenter:4',
      'callCenter:3',
      'product:5',
      'product:2',
      'callCenter:6',
      'product:1',
    ]);
  });
});
