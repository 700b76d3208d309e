import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsService } from '@/utils/background/core/settings-service';
import { CacheSweeper, SWEEP_ALARM, SWEEP_PERIOD_MINUTES } from '@/utils/background/privacy/cache-sweeper';
import { Logger } from '@/utils/background/privacy/logger';
import { cacheGet, cacheList, cachePut, resetCacheKey } from '@/utils/background/store/cache';
import { DB_NAME, deleteDatabase, getDb } from '@/utils/background/store/db';
import { recordValueReads } from '../support/idb-reads';

const ACC = 'coupang:A00012345';
const MIN = 60_000;
const quiet = () => new Logger({ sink: { info() {}, warn() {}, error() {} } });
const order = (id: string) => ({
  key: `${ACC}:${id}`,
  recipient: { name: '김철수', phone: '0502-1234-5678', address: '서울특별시 강남구 테헤란로 123' },
});

async function putOrder(id: string, opts: { now?: number; ttlMs?: number } = {}) {
  await cachePut(
    { kind: 'order', accountKey: ACC, entityId: id, ttlMs: opts.ttlMs ?? 30 * MIN, pii: true, now: opts.now },
    order(id),
  );
}
async function putCourier(id: string, opts: { now?: number; ttlMs?: number } = {}) {
  await cachePut(
    { kind: 'courier', accountKey: ACC, entityId: id, ttlMs: opts.ttlMs ?? 24 * 60 * MIN, pii: false, now: opts.now },
    { code: id, name: 'CJ' },
  );
}
const rows = async () => (await getDb()).getAll('cache');
const dbNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe('cache lifecycle (C8)', () => {
  let settings: SettingsService;
  let sweeper: CacheSweeper;

  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
    resetCacheKey(); // a real worker starts with no key handle; this one outlives each test's storage
    settings = new SettingsService();
    sweeper = new CacheSweeper({ settings, logger: quiet() });
  });

  it('stores PII records as AES-GCM ciphertext under the session key', async () => {
    await putOrder('1');
    const [rec] = await rows();
    expect(rec.keyId).toBeTruthy();
    expect(rec.iv).toHaveLength(12);
    expect(rec.data).toBeInstanceOf(Uint8Array);
    const bytes = Buffer.from(rec.data as Uint8Array).toString('utf8');
    for (const plain of ['김철수', '0502', '테헤란로', 'recipient']) expect(bytes).not.toContain(plain);
    const session = await fakeBrowser.storage.session.get(null);
    expect((session.cacheKey as { id: string }).id).toBe(rec.keyId);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('cacheKey');
    expect(await cacheGet('order', ACC, '1')).toEqual(order('1'));
  });

  it('never returns an expired record, and drops it on read', async () => {
    const t0 = Date.UTC(2025, 4, 1);
    await putOrder('1', { now: t0, ttlMs: 5 * MIN });
    await putCourier('c', { now: t0, ttlMs: 5 * MIN });
    expect(await cacheGet('order', ACC, '1', t0 + 5 * MIN - 1)).toEqual(order('1'));
    expect(await cacheGet('order', ACC, '1', t0 + 5 * MIN)).toBeUndefined();
    expect(await cacheList('courier', ACC, t0 + 5 * MIN)).toEqual([]);
    expect(await rows()).toEqual([]);
  });

  it('the sweep deletes expired records and keeps live ones', async () => {
    const now = Date.now();
    await putOrder('old', { now: now - 10 * MIN, ttlMs: 5 * MIN });
    await putOrder('new', { now, ttlMs: 30 * MIN });
    await putCourier('old', { now: now - 25 * 60 * MIN });
    await putCourier('new', { now });
    let told = 0;
    sweeper.onDropped(() => told++); // the in-memory order index forgets what the sweep removed
    expect(await sweeper.sweep(now)).toMatchObject({ expired: 2 });
    expect((await rows()).map((r) => r.id).sort()).toEqual([`courier:${ACC}:new`, `order:${ACC}:new`]);
    expect(told).toBe(1);
    await sweeper.sweep(now);
    expect(told).toBe(1);
  });

  it('a shorter TTL setting applies to records already cached', async () => {
    const now = Date.now();
    await putOrder('a', { now: now - 10 * MIN, ttlMs: 30 * MIN });
    await putOrder('b', { now: now - 2 * MIN, ttlMs: 30 * MIN });
    expect(await sweeper.sweep(now)).toMatchObject({ overAge: 0 });
    await settings.update({ cache: { piiTtlMinutes: 5, referenceTtlHours: 24 } });
    expect(await sweeper.sweep(now)).toMatchObject({ overAge: 1 });
    expect((await rows()).map((r) => r.entityId)).toEqual(['b']);
  });

  it('sweeps by index keys alone: expired, sealed under a lost key, over the age limit — and reads no record', async () => {
    const now = Date.now();
    await putOrder('old-key'); // sealed under a key that is then lost
    await fakeBrowser.storage.session.clear();
    resetCacheKey();
    await putOrder('expired', { now: now - 40 * MIN, ttlMs: 30 * MIN });
    await putOrder('over-age', { now: now - 20 * MIN, ttlMs: 60 * MIN });
    await putOrder('fresh', { now: now - 2 * MIN, ttlMs: 60 * MIN });
    await putCourier('expired', { now: now - 10 * MIN, ttlMs: 5 * MIN });
    await putCourier('kept', { now: now - 20 * MIN, ttlMs: 24 * 60 * MIN }); // reference: hours allowed
    await settings.update({ cache: { piiTtlMinutes: 15, referenceTtlHours: 24 } });
    const reads = recordValueReads();
    const result = await sweeper.sweep(now);
    vi.restoreAllMocks();
    expect(reads).toEqual([]);
    expect(result).toEqual({ expired: 2, unreadable: 1, overAge: 1 });
    expect((await rows()).map((r) => `${r.kind}:${r.entityId}`).sort()).toEqual(['courier:kept', 'order:fresh']);
  });

  it('a PII limit longer than the reference limit keeps PII records the reference limit would catch', async () => {
    const now = Date.now();
    await settings.update({ cache: { piiTtlMinutes: 120, referenceTtlHours: 1 } });
    await putOrder('90min', { now: now - 90 * MIN, ttlMs: 180 * MIN });
    await putOrder('130min', { now: now - 130 * MIN, ttlMs: 180 * MIN });
    await putCourier('30min', { now: now - 30 * MIN, ttlMs: 180 * MIN });
    await putCourier('70min', { now: now - 70 * MIN, ttlMs: 180 * MIN });
    expect(await sweeper.sweep(now)).toEqual({ expired: 0, unreadable: 0, overAge: 2 });
    expect((await rows()).map((r) => `${r.kind}:${r.entityId}`).sort()).toEqual(['courier:30min', 'order:90min']);
  });

  it('after a browser restart PII records are unreadable and dropped; reference data stays', async () => {
    await putOrder('1');
    await putCourier('c');
    // A restart empties storage.session: the key is gone.
    await fakeBrowser.storage.session.clear();
    expect(await rows()).toHaveLength(2);
    await sweeper.onBrowserStartup();
    expect((await rows()).map((r) => r.kind)).toEqual(['courier']);
    expect(await cacheGet('order', ACC, '1')).toBeUndefined();
    // New records get a new key and stay readable.
    await putOrder('2');
    expect(await cacheGet('order', ACC, '2')).toEqual(order('2'));
  });

  it('a worker that outlived its session key stops using it (no fresh record is swept as unreadable)', async () => {
    await putOrder('1');
    await fakeBrowser.storage.session.clear();
    expect(await sweeper.sweep()).toMatchObject({ unreadable: 1 });
    await putOrder('2');
    expect(await sweeper.sweep()).toMatchObject({ unreadable: 0 });
    expect(await cacheGet('order', ACC, '2')).toEqual(order('2'));
  });

  it('registers a periodic alarm once and sweeps when it fires', async () => {
    sweeper.register();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SWEEP_ALARM)).toBeTruthy());
    const alarm = (await fakeBrowser.alarms.get(SWEEP_ALARM))!;
    expect(alarm.periodInMinutes).toBe(SWEEP_PERIOD_MINUTES);
    // A worker restart must not push the schedule back.
    await new CacheSweeper({ settings, logger: quiet() }).ensureAlarm();
    expect((await fakeBrowser.alarms.get(SWEEP_ALARM))!.scheduledTime).toBe(alarm.scheduledTime);

    await putOrder('gone', { now: Date.now() - 40 * MIN });
    await putOrder('kept');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SWEEP_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () => expect((await rows()).map((r) => r.entityId)).toEqual(['kept']));
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'someone.else',
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
  });

  it('onStartup runs the browser-restart wipe', async () => {
    sweeper.register();
    await putOrder('1');
    await fakeBrowser.storage.session.clear();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await rows()).toEqual([]));
  });

  it('housekeeping never creates the database', async () => {
    expect(await dbNames()).not.toContain(DB_NAME);
    expect(await sweeper.sweep()).toEqual({ expired: 0, unreadable: 0, overAge: 0 });
    await sweeper.onBrowserStartup();
    expect(await dbNames()).not.toContain(DB_NAME);
  });
});
