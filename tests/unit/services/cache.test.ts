import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildInventory } from '@/utils/background/privacy/inventory';
import { cacheGet, cacheList, cachePut, cacheSweep, resetCacheKey } from '@/utils/background/store/cache';
import { deleteDatabase, getDb } from '@/utils/background/store/db';

const PII = { name: '김철수', phone: '0502-1234-5678', address: '서울특별시 강남구 테헤란로 1' };

describe('cache', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    resetCacheKey();
    await deleteDatabase();
  });

  it('stores PII records as ciphertext and reads them back', async () => {
    await cachePut({ kind: 'order', accountKey: 'coupang:A1', entityId: '1', ttlMs: 60_000, pii: true }, PII);
    const raw = await (await getDb()).get('cache', 'order:coupang:A1:1');
    expect(raw?.keyId).toBeTruthy();
    expect(new TextDecoder().decode(raw!.data as Uint8Array)).not.toContain('0502');
    expect(JSON.stringify(raw)).not.toContain('김철수');
    expect(await cacheGet('order', 'coupang:A1', '1')).toEqual(PII);
  });

  it('never returns an expired record, and the sweep deletes it', async () => {
    await cachePut({ kind: 'ref', accountKey: 'coupang:A1', entityId: 'a', ttlMs: 1000, pii: false, now: 0 }, { x: 1 });
    await cachePut(
      { kind: 'ref', accountKey: 'coupang:A1', entityId: 'b', ttlMs: 10_000, pii: false, now: 0 },
      { x: 2 },
    );
    expect(await cacheGet('ref', 'coupang:A1', 'a', 5000)).toBeUndefined();
    expect((await cacheList('ref', undefined, 5000)).map((e) => e.entityId)).toEqual(['b']);
    expect(await cacheSweep(20_000)).toEqual({ expired: 1, unreadable: 0 });
    expect(await (await getDb()).count('cache')).toBe(0);
  });

  it('after a browser restart (session key gone) PII records are unreadable and dropped', async () => {
    await cachePut({ kind: 'order', accountKey: 'coupang:A1', entityId: '1', ttlMs: 60_000, pii: true }, PII);
    await cachePut({ kind: 'ref', accountKey: 'coupang:A1', entityId: 'r', ttlMs: 60_000, pii: false }, { keep: true });
    await fakeBrowser.storage.session.clear();
    resetCacheKey();
    expect(await cacheGet('order', 'coupang:A1', '1')).toBeUndefined();
    await cachePut({ kind: 'order', accountKey: 'coupang:A1', entityId: '2', ttlMs: 60_000, pii: true }, PII);
    expect(await cacheSweep()).toEqual({ expired: 0, unreadable: 0 });
    expect((await buildInventory()).cacheKinds.map((s) => [s.kind, s.count]).sort()).toEqual([
      ['order', 1],
      ['ref', 1],
    ]);
  });
});
