import type { WireError } from '../../protocol/envelope';
import type { AccountView } from '../../protocol/messages/connections';
import { storageItem } from '../store/storage';

/**
 * Connected accounts (non-secret facts only; secrets are in the vault under the same accountKey).
 * One list for both marketplaces so popup, options and sync see the same thing.
 */
export interface AccountRecord {
  accountKey: string;
  marketplace: 'coupang' | 'alibaba';
  accountId: string;
  label: string;
  mode: 'apiKey' | 'ownApp' | 'relay';
  maskedKey: string;
  connectedAt: number;
  status: AccountView['status'];
  lastError?: WireError;
  lastSyncAt?: number;
  /** Coupang: yyyy-mm-dd (KST) the key was issued; it expires 180 days later. */
  keyIssuedAt?: string;
  /** Coupang: the seller's Wing login id (`vendorUserId` of a product registration). */
  wingUserId?: string;
  /** 1688: when the refresh token expires (epoch ms). */
  refreshExpiresAt?: number;
}

export interface AccountHealth {
  blockedUntil?: number;
}

const accountsItem = storageItem<AccountRecord[]>('accounts');
const healthItem = storageItem<AccountHealth>('accountHealth');

const DAY = 86_400_000;
const COUPANG_KEY_LIFETIME_DAYS = 180;
export const KEY_EXPIRY_WARNING_DAYS = 14;

/** "••••4567" or "abcd…wxyz": enough to recognize a key, not enough to use it. */
export function maskKey(key: string): string {
  // Sellers tell keys apart by their last four characters (a 1688 AppKey is 7–8 digits: "••••" told
  // them nothing). A long key (Coupang's access key) also shows its first four.
  if (key.length <= 4) return '••••';
  if (key.length <= 12) return `••••${key.slice(-4)}`;
  return `${key.slice(0, 4)}…${key.slice(-4)}`;
}

function kstToday(now: number): string {
  return new Date(now + 9 * 3600_000).toISOString().slice(0, 10);
}

function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function daysUntil(date: string, now: number): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${kstToday(now)}T00:00:00Z`)) / DAY);
}

export class AccountsService {
  private listeners = new Set<() => void>();
  private chain: Promise<unknown> = Promise.resolve();

  async list(): Promise<AccountRecord[]> {
    return (await accountsItem.get()) ?? [];
  }

  async get(accountKey: string): Promise<AccountRecord | undefined> {
    return (await this.list()).find((a) => a.accountKey === accountKey);
  }

  /** Serialized read-modify-write: concurrent syncs must not lose each other's updates. */
  private mutate(fn: (list: AccountRecord[]) => AccountRecord[]): Promise<AccountRecord[]> {
    const next = this.chain.then(() => accountsItem.update((l) => fn(l ?? [])));
    this.chain = next.catch(() => undefined);
    return next.then((l) => {
      for (const cb of this.listeners) cb();
      return l;
    });
  }

  async upsert(rec: AccountRecord): Promise<void> {
    await this.mutate((l) => [...l.filter((a) => a.accountKey !== rec.accountKey), rec]);
  }

  async patch(accountKey: string, patch: Partial<AccountRecord>): Promise<AccountRecord | undefined> {
    const l = await this.mutate((list) => list.map((a) => (a.accountKey === accountKey ? { ...a, ...patch } : a)));
    return l.find((a) => a.accountKey === accountKey);
  }

  async remove(accountKey: string): Promise<boolean> {
    const before = (await this.list()).length;
    const after = await this.mutate((l) => l.filter((a) => a.accountKey !== accountKey));
    return after.length < before;
  }

  async health(accountKey: string): Promise<AccountHealth> {
    return (await healthItem.get(accountKey)) ?? {};
  }

  async setHealth(accountKey: string, health: AccountHealth): Promise<void> {
    await healthItem.set(health, accountKey);
    for (const cb of this.listeners) cb();
  }

  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  async toView(rec: AccountRecord, now = Date.now()): Promise<AccountView> {
    const health = await this.health(rec.accountKey);
    const blocked = health.blockedUntil && health.blockedUntil > now ? health.blockedUntil : undefined;
    let keyExpiresAt: string | undefined;
    let expiresInDays: number | undefined;
    if (rec.keyIssuedAt) {
      keyExpiresAt = addDaysToDate(rec.keyIssuedAt, COUPANG_KEY_LIFETIME_DAYS);
      expiresInDays = daysUntil(keyExpiresAt, now);
    } else if (rec.refreshExpiresAt) {
      expiresInDays = Math.floor((rec.refreshExpiresAt - now) / DAY);
    }
    return {
      accountKey: rec.accountKey,
      marketplace: rec.marketplace,
      accountId: rec.accountId,
      label: rec.label,
      maskedKey: rec.maskedKey,
      mode: rec.mode,
      status: blocked && rec.status === 'ok' ? 'blocked' : rec.status,
      lastError: rec.lastError,
      blockedUntil: blocked,
      lastSyncAt: rec.lastSyncAt,
      keyIssuedAt: rec.keyIssuedAt,
      ...(rec.wingUserId ? { wingUserId: rec.wingUserId } : {}),
      keyExpiresAt,
      expiresInDays,
      connectedAt: rec.connectedAt,
    };
  }
}
