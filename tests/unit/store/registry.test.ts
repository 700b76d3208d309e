import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SecurityLog } from '@/utils/background/core/security-log';
import { SettingsService } from '@/utils/background/core/settings-service';
import { deleteDatabase, getDb } from '@/utils/background/store/db';
import { migrate } from '@/utils/background/store/migrations';
import { declarationForKey, idbStores, STORED_ITEMS, type StoredItem } from '@/utils/background/store/registry';
import { storageItem } from '@/utils/background/store/storage';
import { vaultGet, vaultPut } from '@/utils/background/store/vault';
import { wipe } from '@/utils/background/store/wipe';

async function allStorageKeys() {
  return {
    local: Object.keys(await fakeBrowser.storage.local.get(null)),
    session: Object.keys(await fakeBrowser.storage.session.get(null)),
  };
}

/** Fills every kind of stored item the way the background does. */
async function exerciseEverything() {
  await migrate();
  await new SettingsService().update({ language: 'ko' });
  await new SecurityLog().record({
    type: 'x',
    reason: 'unknown-type',
    sender: { kind: 'untrusted', reason: 'no-tab', origin: 'https://a.example' },
  });
  await vaultPut('coupang:A00012345', { secretKey: 'secret-value-123' });
  await vaultPut('coupang:A00099999', { secretKey: 'other-secret' });
  const db = await getDb();
  for (const accountKey of ['coupang:A00012345', 'coupang:A00099999']) {
    await db.put('cache', {
      id: `order:${accountKey}:1`,
      kind: 'order',
      accountKey,
      entityId: '1',
      storedAt: 1,
      expiresAt: 2,
      data: {},
    });
    await db.put('outbox', {
      id: `o:${accountKey}`,
      accountKey,
      action: 'ack',
      targetId: '1',
      payload: {},
      state: 'queued',
      attempts: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    await db.put('checkpoints', { id: `c:${accountKey}`, accountKey, job: 'sync', state: {}, updatedAt: 1 });
  }
}

describe('storage registry', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
  });

  it('declares every key found in the storage areas and every database store', async () => {
    await exerciseEverything();
    const keys = await allStorageKeys();
    for (const k of keys.local) expect(declarationForKey('local', k), `undeclared local key ${k}`).toBeDefined();
    for (const k of keys.session) expect(declarationForKey('session', k), `undeclared session key ${k}`).toBeDefined();
    const db = await getDb();
    const declared = idbStores()
      .map((d) => d.key)
      .sort();
    expect([...db.objectStoreNames].sort()).toEqual(declared);
  });

  it('fails for a key nobody declared', async () => {
    expect(declarationForKey('local', 'orders-export')).toBeUndefined();
    expect(declarationForKey('local', 'vault:')).toBeUndefined();
    await expect(storageItem('vault' as never).get()).rejects.toThrow(/per account/);
  });

  it('gives every item a wipe rule, and deleteAll covers them all', () => {
    for (const [id, item] of Object.entries(STORED_ITEMS)) {
      const d: StoredItem = item;
      expect(d.clearedOn.length, id).toBeGreaterThan(0);
      expect(d.clearedOn, id).toContain('deleteAll');
      if (d.scope === 'account') expect(d.clearedOn, id).toContain('disconnect');
      if (d.secret || d.pii) expect(d.scope === 'account' || d.area !== 'local', id).toBe(true);
    }
  });

  it('disconnect removes one account and nothing of the others', async () => {
    await exerciseEverything();
    await wipe('disconnect', 'coupang:A00012345');
    expect(await vaultGet('coupang:A00012345')).toBeUndefined();
    expect(await vaultGet('coupang:A00099999')).toEqual({ secretKey: 'other-secret' });
    const db = await getDb();
    for (const store of ['cache', 'outbox', 'checkpoints'] as const) {
      const rows = await db.getAll(store);
      expect(
        rows.map((r) => r.accountKey),
        store,
      ).toEqual(['coupang:A00099999']);
    }
    expect((await allStorageKeys()).local).toContain('settings');
  });

  it('deleteAll leaves nothing: no storage keys, no database', async () => {
    await exerciseEverything();
    await wipe('deleteAll');
    expect(await allStorageKeys()).toEqual({ local: [], session: [] });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('crossdock');
  });

  it('migrates to the current schema version once', async () => {
    expect(await migrate()).toEqual({ from: 0, to: 1 });
    expect(await migrate()).toEqual({ from: 1, to: 1 });
  });
});

describe('vault', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
  });

  it('stores ciphertext only, under a key whose bytes cannot be exported', async () => {
    await vaultPut('coupang:A1', { secretKey: 'very-secret-key-value' });
    const raw = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(raw).not.toContain('very-secret-key-value');
    const key = (await (await getDb()).get('keys', 'vault-v1'))!.key;
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    expect(await vaultGet('coupang:A1')).toEqual({ secretKey: 'very-secret-key-value' });
  });
});
