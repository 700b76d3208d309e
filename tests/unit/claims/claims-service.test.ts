import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClaimsService } from '../../../utils/background/coupang/claims/service';
import type { CoupangClients } from '../../../utils/background/coupang/client-factory';
import { NOW, testClient } from '../coupang/stub-fetch';
import { makeCore } from '../services/alibaba/harness';

const ACCOUNT = 'coupang:A00012345';

describe('claims reads, one at a time per vendor (issue 14)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a read that joined a failing one (the order sync side read met a 429) reads again on its own', async () => {
    let fail = true;
    let calls = 0;
    const { client } = testClient(async () => {
      calls++;
      // The first read's calls fail for good (400: not retried); later ones answer empty lists.
      if (fail) return { status: 400, body: '{"code":400,"message":"bad request"}' };
      return { body: '{"code":200,"data":[],"nextToken":""}' };
    });
    const clients = { get: async () => client } as unknown as CoupangClients;
    const core = makeCore(fetch, () => NOW);
    const service = new ClaimsService(core, clients);

    const first = service.sync(ACCOUNT, { priority: 'background' });
    const joined = service.sync(ACCOUNT);
    await expect(first).rejects.toThrow();
    fail = false;
    const before = calls;
    await expect(joined).resolves.toBe(NOW);
    expect(calls).toBeGreaterThan(before);
    expect((await service.snapshot(ACCOUNT)).syncedAt).toBe(NOW);
  });

  it('a read that joined a good one shares it (no second read)', async () => {
    let calls = 0;
    const { client } = testClient(async () => {
      calls++;
      return { body: '{"code":200,"data":[],"nextToken":""}' };
    });
    const clients = { get: async () => client } as unknown as CoupangClients;
    const service = new ClaimsService(
      makeCore(fetch, () => NOW),
      clients,
    );
    const [a, b] = await Promise.all([service.sync(ACCOUNT, { priority: 'background' }), service.sync(ACCOUNT)]);
    expect(a).toBe(NOW);
    expect(b).toBe(NOW);
    const one = calls;
    expect(one).toBeGreaterThan(0);
    await service.sync(ACCOUNT);
    expect(calls).toBe(2 * one);
  });
});
