import { describe, expect, it } from 'vitest';
import { call, control, setup, TRADE, tokenFor } from './helpers';

describe('1688 control: request log', () => {
  it('keeps every call’s business parameters, never the token or the signature', async () => {
    const s = setup();
    const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
    await call(s, {
      namespace: TRADE,
      api: 'alibaba.trade.get.sellerView',
      token,
      params: { orderId: s.facts.samples.sellerOrderId, webSite: '1688' },
    });
    const log = await control<{ api: string; params: Record<string, string> }[]>(s.m, 'GET', '/request-log');
    const entry = log.find((e) => e.api === `${TRADE}:alibaba.trade.get.sellerView-1`);
    expect(entry?.params.orderId).toBe(s.facts.samples.sellerOrderId);
    const text = JSON.stringify(log);
    expect(text).not.toContain(token);
    expect(text).not.toContain('_aop_signature');
  });
});
