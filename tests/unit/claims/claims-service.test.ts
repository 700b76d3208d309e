import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClaimsService } from '../../../utils/background/coupang/claims/service';
import type { CoupangClients } from '../../../utils/background/coupang/client-factory';
import { createReturnsStore } from '../../../utils/background/coupang/returns/store';
import { SeenLog } from '../../../utils/background/store/snapshot-kind';
import type { ReturnClaim } from '../../../utils/protocol/messages/claims';
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

describe('Refresh reads Coupang as of the press (issue 14)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a fresh read waits for the one under way (begun before the press) and then reads on its own', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { client } = testClient(async () => {
      calls++;
      await gate;
      return { body: '{"code":200,"data":[],"nextToken":""}' };
    });
    const clients = { get: async () => client } as unknown as CoupangClients;
    const service = new ClaimsService(
      makeCore(fetch, () => NOW),
      clients,
    );
    const sideRead = service.sync(ACCOUNT, { priority: 'background' });
    // Let the side read ask its first pages before the seller presses Refresh.
    while (calls === 0) await new Promise((r) => setTimeout(r, 1));
    const refresh = service.sync(ACCOUNT, { priority: 'normal' }, { fresh: true });
    release();
    await sideRead;
    const one = calls;
    await refresh;
    expect(calls).toBe(2 * one);
  });
});

describe('a list read never undoes an action that finished while it was reading (issue 14)', () => {
  beforeEach(() => fakeBrowser.reset());

  const receipt = (receiptId: string, receiptStatus: string) =>
    ({ receiptId, receiptStatus }) as unknown as ReturnClaim;
  const statuses = (snap?: { items: ReturnClaim[] }) =>
    Object.fromEntries(snap?.items.map((r) => [r.receiptId, r.receiptStatus]) ?? []);

  it("each record is weighed by its own arrival: a copy that arrived before the action's re-read loses to it, a later one wins", async () => {
    let clock = NOW;
    const store = createReturnsStore(makeCore(fetch, () => clock));
    const first = new SeenLog(() => clock);
    first.mark(['1', '2', '3', '4']);
    const before = [receipt('1', 'RELEASE_STOP_UNCHECKED'), receipt('2', 'RETURNS_UNCHECKED')];
    await store.replace(ACCOUNT, { syncedAt: clock, items: [...before, receipt('3', 'A'), receipt('4', 'A')] }, first);

    // A sync begins (t+1) and receipt 1's page arrives (t+2), still 출고중지 요청.
    clock++;
    const seen = new SeenLog(() => clock);
    clock++;
    seen.mark(['1']);
    // The seller's 이미출고 on 1 and 입고확인 on 2 land and are re-read (t+3).
    clock++;
    await store.patch(ACCOUNT, receipt('1', 'RETURNS_UNCHECKED'));
    await store.patch(ACCOUNT, receipt('2', 'VENDOR_WAREHOUSE_CONFIRM'));
    // Receipt 2's page arrives later (t+4), already past the action; 3 changes meanwhile too.
    clock++;
    seen.mark(['2', '3']);
    // Receipt 4 moved between the status lists mid-read: this read never saw it.
    await store.replace(
      ACCOUNT,
      {
        syncedAt: seen.since,
        items: [receipt('1', 'RELEASE_STOP_UNCHECKED'), receipt('2', 'RETURNS_COMPLETED'), receipt('3', 'B')],
      },
      seen,
    );
    // 1: the re-read is newer than the read's copy; 2 and 3: Coupang's later word; 4: left the list
    // before this read and was never patched, so it is gone with it.
    expect(statuses(await store.get(ACCOUNT))).toEqual({
      '1': 'RETURNS_UNCHECKED',
      '2': 'RETURNS_COMPLETED',
      '3': 'B',
    });

    // A read that began after every re-read replaces the patched copies.
    clock++;
    const later = new SeenLog(() => clock);
    later.mark(['1']);
    await store.replace(ACCOUNT, { syncedAt: clock, items: [receipt('1', 'VENDOR_WAREHOUSE_CONFIRM')] }, later);
    const last = await store.get(ACCOUNT);
    expect(statuses(last)).toEqual({ '1': 'VENDOR_WAREHOUSE_CONFIRM' });
    expect(last?.patched).toEqual([]);
  });

  it('a claim re-read during a read that never saw it (it moved between status lists) stays', async () => {
    let clock = NOW;
    const store = createReturnsStore(makeCore(fetch, () => clock));
    await store.replace(
      ACCOUNT,
      { syncedAt: clock, items: [receipt('1', 'RETURNS_UNCHECKED')] },
      new SeenLog(() => clock),
    );
    clock++;
    const seen = new SeenLog(() => clock);
    clock++;
    await store.patch(ACCOUNT, receipt('1', 'VENDOR_WAREHOUSE_CONFIRM'));
    await store.replace(ACCOUNT, { syncedAt: seen.since, items: [] }, seen);
    expect(statuses(await store.get(ACCOUNT))).toEqual({ '1': 'VENDOR_WAREHOUSE_CONFIRM' });
  });

  it('a patch and a replace of one account never interleave (neither write is lost)', async () => {
    let clock = NOW;
    const store = createReturnsStore(makeCore(fetch, () => clock));
    await store.replace(ACCOUNT, { syncedAt: NOW, items: [receipt('1', 'A')] }, new SeenLog(() => clock));
    const seen = new SeenLog(() => clock);
    seen.mark(['1', '3']);
    clock++;
    await Promise.all([
      store.patch(ACCOUNT, receipt('1', 'B')),
      store.replace(ACCOUNT, { syncedAt: NOW, items: [receipt('1', 'A'), receipt('3', 'C')] }, seen),
    ]);
    expect(statuses(await store.get(ACCOUNT))).toEqual({ '1': 'B', '3': 'C' });
  });
});
