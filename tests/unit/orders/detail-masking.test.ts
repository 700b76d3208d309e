import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CoreServices } from '@/utils/background/core/core';
import { orderHandlers, REVEAL_MS } from '@/utils/background/handlers/orders';
import type { DomainOrder } from '@/utils/domain/order';
import { HandledError } from '@/utils/protocol/envelope';

/**
 * Masking is decided in the background: the order detail a page receives never holds the plain
 * recipient, not even while a reveal runs; the plain values come only from `orders.reveal`.
 */
const NOW = Date.parse('2025-03-10T10:00:00+09:00');
const KEY = 'coupang:A00012345:641000000123456789';
const BUYER_KEY = 'alibaba:b2b-1:3958762341027584329';
const PII = {
  name: '김철수',
  phone: '0502-1234-5678',
  postcode: '06236',
  address: '서울특별시 강남구 테헤란로 123',
  addressDetail: '4층 401호',
  memo: '문 앞 010-9876-5432',
};

function order(over: Partial<DomainOrder>): DomainOrder {
  return {
    key: KEY,
    marketplace: 'coupang',
    role: 'seller',
    accountId: 'A00012345',
    orderId: '27000012345678',
    shipmentId: '641000000123456789',
    marketStatus: 'ACCEPT',
    workState: 'new',
    orderedAt: '2025-03-09T12:00:00+09:00',
    lines: [{ lineId: '1', productName: 'Cable', quantity: 1, unitPrice: { currency: 'KRW', minor: 9900 } }],
    total: { currency: 'KRW', minor: 9900 },
    recipient: PII,
    shipping: {},
    counterpartyName: '이영희',
    timeline: [],
    ...over,
  };
}

const ORDERS = [
  order({}),
  order({
    key: BUYER_KEY,
    marketplace: 'alibaba',
    role: 'buyer',
    accountId: 'b2b-1',
    counterpartyName: '义乌某某贸易有限公司',
  }),
];

function setup() {
  let now = NOW;
  const core = {
    orders: {
      get: async (k: string) => ORDERS.find((o) => o.key === k),
      all: async () => ORDERS,
      expiryOf: async () => undefined,
    },
    accounts: { list: async () => [{ accountKey: 'coupang:A00012345', label: 'Shop' }] },
    outbox: { list: async () => [], snapshot: async () => [] },
    now: () => now,
  } as unknown as CoreServices;
  return { h: orderHandlers(core), later: (ms: number) => (now += ms) };
}

const plainValues = [PII.name, PII.phone, '테헤란로', '401호', '9876', '이영희'];
const expectNoPlainPii = (reply: unknown) => {
  const text = JSON.stringify(reply);
  for (const v of plainValues) expect(text, v).not.toContain(v);
};

describe('order detail masking (background only)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the detail masked: no plain name, phone, address, memo or buyer name', async () => {
    const { h } = setup();
    const d = await h['orders.detail']({ key: KEY }, {} as never);
    expectNoPlainPii(d);
    expect(d.recipientName).toBe('김*수');
    expect(d.recipient.phone).toContain('*');
    expect(d.revealedUntil).toBeUndefined();
  });

  it('keeps the detail masked during a reveal; only orders.reveal carries the plain values', async () => {
    const { h } = setup();
    const r = await h['orders.reveal']({ key: KEY }, {} as never);
    expect(r.recipient).toEqual(PII);
    expect(r.revealedUntil).toBe(NOW + REVEAL_MS);
    const d = await h['orders.detail']({ key: KEY }, {} as never);
    expectNoPlainPii(d);
    expect(d.revealedUntil).toBe(NOW + REVEAL_MS);
  });

  it('resumes a running reveal without extending it, and refuses once it ended or was hidden', async () => {
    const { h, later } = setup();
    await h['orders.reveal']({ key: KEY }, {} as never);
    later(10_000);
    const resumed = await h['orders.reveal']({ key: KEY, resume: true }, {} as never);
    expect(resumed).toEqual({ recipient: PII, revealedUntil: NOW + REVEAL_MS });
    await h['orders.hide']({ key: KEY }, {} as never);
    await expect(h['orders.reveal']({ key: KEY, resume: true }, {} as never)).rejects.toBeInstanceOf(HandledError);
    await h['orders.reveal']({ key: KEY }, {} as never);
    later(REVEAL_MS + 1);
    await expect(h['orders.reveal']({ key: KEY, resume: true }, {} as never)).rejects.toMatchObject({
      kind: 'revealEnded',
    });
  });

  it("keeps a purchase's supplier (a business) as it is", async () => {
    const { h } = setup();
    const d = await h['orders.detail']({ key: BUYER_KEY }, {} as never);
    expect(d.counterpartyName).toBe('义乌某某贸易有限公司');
  });
});
