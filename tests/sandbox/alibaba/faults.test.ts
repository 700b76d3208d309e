import { describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../../sandbox/core/faults';
import { call, setup, TRADE, tokenFor } from './helpers';

async function faulted(spec: Omit<FaultSpec, 'market' | 'pathPattern'>) {
  const s = setup();
  const token = await tokenFor(s.m, s.facts.samples.sellerMemberId);
  s.ctx.faults.add({ market: 'alibaba', pathPattern: 'alibaba\\.trade\\.getSellerOrderList', ...spec });
  const list = () =>
    call(s, { namespace: TRADE, api: 'alibaba.trade.getSellerOrderList', token, params: { pageSize: '2' } });
  return { s, list };
}

describe('faults on 1688 routes', () => {
  it('latency delays, then answers normally', async () => {
    const { list } = await faulted({ kind: 'latency', ms: 60 });
    const t = Date.now();
    const r = await list();
    expect(Date.now() - t).toBeGreaterThanOrEqual(55);
    expect(r.status).toBe(200);
  });

  it('timeout hangs, then answers 504 with a gateway body', async () => {
    const { list } = await faulted({ kind: 'timeout', ms: 30 });
    const r = await list();
    expect(r.status).toBe(504);
    expect(r.body).toMatchObject({ error_code: 'gw.ServiceTimeout', request_id: expect.any(String) });
  });

  it('error5xx answers the chosen status with a gateway body', async () => {
    const { list } = await faulted({ kind: 'error5xx', status: 503 });
    const r = await list();
    expect(r.status).toBe(503);
    expect(r.body.error_code).toBe('gw.ServiceUnavailable');
  });

  it('rateLimit answers gw.QosAppFrequencyLimit and is counted', async () => {
    const { s, list } = await faulted({ kind: 'rateLimit', times: 1 });
    const r = await list();
    expect(r.status).toBe(400);
    expect(r.body.error_code).toBe('gw.QosAppFrequencyLimit');
    expect(s.ctx.counters.snapshot()[`alibaba:${s.facts.appKey}`]).toMatchObject({ rateLimited: 1, requests: 1 });
    expect((await list()).status).toBe(200);
  });

  it('malformedJson cuts the body', async () => {
    const { list } = await faulted({ kind: 'malformedJson' });
    const r = await list();
    expect(r.status).toBe(200);
    expect(() => JSON.parse(r.text)).toThrow();
  });

  it('extraFields adds an unexpected field; big ids survive the rewrite', async () => {
    const { list } = await faulted({ kind: 'extraFields', field: 'result.*' });
    const r = await list();
    expect(r.body.result[0].sandboxUnexpectedField).toBeTruthy();
    expect(r.text).toMatch(/"id":\d{19},/);
    expect(r.body.result[0].baseInfo.id).toBe(r.body.result[0].baseInfo.idOfStr);
  });

  it('missingFields removes a field', async () => {
    const { list } = await faulted({ kind: 'missingFields', field: 'result.*.productItems' });
    const r = await list();
    expect(r.body.result[0].baseInfo).toBeTruthy();
    expect(r.body.result[0].productItems).toBeUndefined();
  });

  it('faults also apply to the OAuth token endpoint', async () => {
    const s = setup();
    s.ctx.faults.add({ market: 'alibaba', pathPattern: 'system\\.oauth2/getToken', kind: 'error5xx' });
    const res = await s.m.app.request(`/openapi/http/1/system.oauth2/getToken/${s.facts.appKey}`, { method: 'POST' });
    expect(res.status).toBe(500);
    expect((await res.json()).error_code).toBe('gw.InternalError');
  });
});
