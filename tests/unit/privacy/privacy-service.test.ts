import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SecurityLog } from '@/utils/background/core/security-log';
import { SettingsService } from '@/utils/background/core/settings-service';
import { privacyHandlers } from '@/utils/background/handlers/privacy';
import { createDispatcher } from '@/utils/background/messaging/dispatcher';
import type { EventHub } from '@/utils/background/messaging/event-hub';
import { CacheSweeper, SWEEP_ALARM } from '@/utils/background/privacy/cache-sweeper';
import { CONSENT_VERSION, ConsentService } from '@/utils/background/privacy/consent-service';
import { Logger } from '@/utils/background/privacy/logger';
import { PrivacyService } from '@/utils/background/privacy/privacy-service';
import { cachePut, resetCacheKey } from '@/utils/background/store/cache';
import { DB_NAME, deleteDatabase, getDb } from '@/utils/background/store/db';
import { migrate } from '@/utils/background/store/migrations';
import { STORED_ITEMS } from '@/utils/background/store/registry';
import { vaultPut } from '@/utils/background/store/vault';
import { privacyMessages } from '@/utils/protocol/messages/privacy';
import type { ClassifiedSender } from '@/utils/protocol/sender';

const page: ClassifiedSender = { kind: 'extension-page', url: 'chrome-extension://x/options.html' };
const contentScript: ClassifiedSender = {
  kind: 'content-script',
  tabId: 1,
  pageUrl: 'https://wing.coupang.com/x',
  siteHost: 'wing.coupang.com',
};

function setup(version = CONSENT_VERSION) {
  const logger = new Logger({ sink: { info() {}, warn() {}, error() {} } });
  const settings = new SettingsService();
  const emitted: Array<{ type: string; payload: unknown }> = [];
  const events = { emit: (type: string, payload: unknown) => emitted.push({ type, payload }) } as unknown as EventHub;
  const consent = new ConsentService(version);
  const sweeper = new CacheSweeper({ settings, logger });
  const privacy = new PrivacyService({ consent, settings, events, sweeper, logger });
  const rejected: unknown[] = [];
  const dispatch = createDispatcher(privacyMessages, privacyHandlers({ privacy }), {
    onRejected: (r) => rejected.push(r),
    hasConsent: () => consent.hasConsent(),
  });
  const call = async (type: keyof typeof privacyMessages, payload: unknown = {}, sender = page) => {
    const reply = await dispatch({ type, payload }, sender);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
    return reply.data as Record<string, unknown>;
  };
  return { settings, consent, privacy, emitted, dispatch, call, rejected };
}

/** Fills every declared item, as the background would over a day of use. */
async function fillEverything() {
  await migrate();
  await new SettingsService().update({ language: 'ko', cache: { piiTtlMinutes: 10, referenceTtlHours: 2 } });
  await new ConsentService().accept('ko');
  await new SecurityLog().record({
    type: 'x',
    reason: 'unknown-type',
    sender: { kind: 'untrusted', reason: 'no-tab', origin: 'https://a.example' },
  });
  await new Logger({ sink: { info() {}, warn() {}, error() {} } }).error('x', new Error('boom'));
  await vaultPut('coupang:A00012345', { secretKey: 'secret-value-123' });
  await fakeBrowser.storage.local.set({
    accounts: [{ accountKey: 'coupang:A00012345' }],
    'health:coupang:A00012345': { ok: true },
  });
  await fakeBrowser.storage.session.set({ reveals: {} });
  await cachePut(
    { kind: 'order', accountKey: 'coupang:A00012345', entityId: '1', ttlMs: 600_000, pii: true },
    { recipient: { name: '김철수' } },
  );
  await cachePut(
    { kind: 'courier', accountKey: 'coupang:A00012345', entityId: 'CJ', ttlMs: 3_600_000, pii: false },
    { code: 'CJ', name: 'CJ' },
  );
  const db = await getDb();
  await db.put('outbox', {
    id: 'o1',
    accountKey: 'coupang:A00012345',
    action: 'ack',
    targetId: '1',
    payload: {},
    state: 'queued',
    attempts: 0,
    createdAt: Date.now() - 1000,
    updatedAt: 1,
  });
  await db.put('checkpoints', {
    id: 'c1',
    accountKey: 'coupang:A00012345',
    job: 'sync',
    state: {},
    updatedAt: Date.now() - 2000,
  });
  await fakeBrowser.alarms.create('crossdock.sync', { periodInMinutes: 5 });
}

async function expectFreshInstall() {
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  // Every alarm was cleared; only the housekeeping sweep of a fresh install is back.
  expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([SWEEP_ALARM]);
}

describe('privacy messages (C4, C6)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
    resetCacheKey();
  });

  it('are for extension pages only', async () => {
    for (const [type, def] of Object.entries(privacyMessages)) expect(def.senders, type).toEqual(['extension-page']);
    const { call, rejected } = setup();
    await expect(call('privacy.deleteAll', { confirm: true }, contentScript)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(call('privacy.deleteAll', {})).rejects.toMatchObject({ code: 'invalid_request' });
    expect(rejected).toHaveLength(2);
  });

  it('consent: none at first, recorded on accept, asked again after a version bump', async () => {
    const v1 = setup(1);
    expect(await v1.call('privacy.consentStatus')).toMatchObject({
      granted: false,
      currentVersion: 1,
      retention: { piiTtlMinutes: 30, referenceTtlHours: 24 },
    });
    expect(await v1.consent.hasConsent()).toBe(false);
    expect(await v1.call('privacy.acceptConsent', { version: 1, locale: 'ko' })).toMatchObject({
      granted: true,
      acceptedVersion: 1,
    });
    expect(await v1.consent.hasConsent()).toBe(true);
    expect((await fakeBrowser.storage.local.get('consent')).consent).toMatchObject({ version: 1, locale: 'ko' });

    const v2 = setup(2);
    expect(await v2.call('privacy.consentStatus')).toMatchObject({
      granted: false,
      currentVersion: 2,
      acceptedVersion: 1,
    });
    expect(await v2.consent.hasConsent()).toBe(false);
    // A page still showing the old notice cannot agree to the new one.
    await expect(v2.call('privacy.acceptConsent', { version: 1, locale: 'en' })).rejects.toMatchObject({
      kind: 'consentVersionChanged',
    });
    expect(await v2.call('privacy.acceptConsent', { version: 2, locale: 'en' })).toMatchObject({
      granted: true,
      acceptedVersion: 2,
    });
  });

  it('the notice states the live cache times', async () => {
    const { call, settings } = setup();
    await settings.update({ cache: { piiTtlMinutes: 15, referenceTtlHours: 6 } });
    expect(await call('privacy.consentStatus')).toMatchObject({
      retention: { piiTtlMinutes: 15, referenceTtlHours: 6 },
    });
  });

  it('inventory lists every declared category with counts and ages', async () => {
    await fillEverything();
    const { call } = setup();
    const inv = (await call('privacy.inventory')) as unknown as {
      items: Array<{ id: string; count: number; label: string; oldest?: number; nextExpiry?: number }>;
      cacheKinds: Array<{ kind: string; count: number; encrypted: number }>;
      databaseExists: boolean;
    };
    expect(inv.items.map((i) => i.id).sort()).toEqual(Object.keys(STORED_ITEMS).sort());
    const byId = Object.fromEntries(inv.items.map((i) => [i.id, i]));
    for (const id of [
      'schemaVersion',
      'settings',
      'consent',
      'securityLog',
      'errorLog',
      'accounts',
      'vault',
      'accountHealth',
      'cacheKey',
      'reveals',
      'outbox',
      'checkpoints',
      'vaultKey',
    ])
      expect(byId[id].count, id).toBe(1);
    expect(byId.cache.count).toBe(2);
    expect(byId.sourcingList.count).toBe(0);
    expect(byId.consent.oldest).toBeGreaterThan(0);
    expect(byId.cache.nextExpiry).toBeGreaterThan(Date.now());
    expect(byId.outbox.oldest).toBeLessThan(Date.now());
    expect(inv.items.every((i) => i.label.startsWith('stored.'))).toBe(true);
    expect(inv.cacheKinds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'order', count: 1, encrypted: 1 }),
        expect.objectContaining({ kind: 'courier', count: 1, encrypted: 0 }),
      ]),
    );
    expect(inv.databaseExists).toBe(true);
  });

  it('inventory never creates the database', async () => {
    const { call } = setup();
    expect(await call('privacy.inventory')).toMatchObject({ databaseExists: false });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });

  it('delete all leaves Crossdock as freshly installed, says so, and keeps working', async () => {
    await fillEverything();
    const { call, emitted, settings, consent } = setup();
    expect(await call('privacy.deleteAll', { confirm: true })).toEqual({ wiped: true });
    await expectFreshInstall();
    expect(emitted).toContainEqual({ type: 'data.wiped', payload: { reason: 'deleteAll' } });
    // Still working: defaults, no consent, the cache usable again.
    expect((await settings.get()).language).toBe('auto');
    expect(await consent.hasConsent()).toBe(false);
    await cachePut({ kind: 'order', accountKey: 'coupang:A1', entityId: '1', ttlMs: 60_000, pii: true }, { a: 1 });
    expect(await (await getDb()).count('cache')).toBe(1);
  });

  it('withdrawing consent deletes everything too', async () => {
    await fillEverything();
    const { call, emitted, consent } = setup();
    const changes: boolean[] = [];
    consent.onChange((g) => changes.push(g));
    expect(await call('privacy.withdrawConsent')).toEqual({ wiped: true });
    await expectFreshInstall();
    expect(changes).toEqual([false]);
    expect(emitted).toContainEqual({ type: 'data.wiped', payload: { reason: 'withdrawConsent' } });
  });

  it('services hear about the wipe', async () => {
    const { privacy } = setup();
    const heard: string[] = [];
    privacy.onWiped((c) => void heard.push(c));
    await privacy.deleteAll();
    await privacy.withdraw();
    expect(heard).toEqual(['deleteAll', 'withdrawConsent']);
  });
});
