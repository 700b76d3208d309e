import { getDb } from './db';
import { storageItem } from './storage';

/**
 * Secrets (Coupang keys, 1688 app secret and tokens), background only. Encrypted at rest with
 * AES-GCM under a non-extractable key that lives in IndexedDB as a CryptoKey object: the key
 * bytes can never be read, not even by our own code, and no message returns a vault entry.
 */
const VAULT_KEY_ID = 'vault-v1';
const vaultEntries = storageItem<{ iv: number[]; ct: number[] }>('vault');

let keyPromise: Promise<CryptoKey> | undefined;

async function vaultKey(): Promise<CryptoKey> {
  keyPromise ??= (async () => {
    const db = await getDb();
    const existing = await db.get('keys', VAULT_KEY_ID);
    if (existing) return existing.key;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await db.put('keys', { id: VAULT_KEY_ID, key });
    return key;
  })().catch((e) => {
    keyPromise = undefined;
    throw e;
  });
  return keyPromise;
}

/** Forget the in-memory handle (after the database is deleted). */
export function resetVaultKeyCache(): void {
  keyPromise = undefined;
}

export async function vaultPut<T>(accountKey: string, secret: T): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(secret));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await vaultKey(), plain));
  await vaultEntries.set({ iv: [...iv], ct: [...ct] }, accountKey);
}

export async function vaultGet<T>(accountKey: string): Promise<T | undefined> {
  const entry = await vaultEntries.get(accountKey);
  if (!entry) return undefined;
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: new Uint8Array(entry.iv) },
    await vaultKey(),
    new Uint8Array(entry.ct),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
