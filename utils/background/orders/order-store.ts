import { accountKeyOf } from '../../domain/keys';
import type { DomainOrder } from '../../domain/order';
import { projectOrder } from '../privacy/projections';
import { cacheList, cachePutMany } from '../store/cache';
import { ChangeCoalescer } from './change-coalescer';
import { OrderIndex } from './order-index';

export const ORDER_KIND = 'order';
/** Listeners hear of stored orders at most this often (a sync stores a page every ~100 ms). */
export const CHANGE_INTERVAL_MS = 300;
/**
 * …and less often the more orders there are: every listener recounts all of them (the badge; an
 * open "What is stored" view reads every cache record, which the bench's CPU figures show costs
 * more than the sync itself), so a fixed interval would make a sync's total recount work grow
 * with the square of its size. 0.5 ms per order (5 s at 10,000) keeps it linear; a sync flushes
 * the last change when it ends.
 */
export const CHANGE_INTERVAL_MS_PER_ORDER = 0.5;

export interface HeldOrder {
  order: DomainOrder;
  /** When this copy was stored: a sync tells the orders it has seen in this run by it. */
  storedAt: number;
  expiresAt: number;
}

/**
 * Orders of every connected account, marketplace-neutral. The cache (encrypted, short TTL) is the
 * only persistent copy; this keeps a decrypted in-memory index in the background so queries over
 * 10,000 orders answer without touching IndexedDB. Loaded lazily after a worker start.
 */
export class OrderStore {
  private orders = new Map<string, HeldOrder>();
  private loaded: Promise<void> | undefined;
  private listeners = new Set<(accountKey?: string) => void>();
  private changes = new ChangeCoalescer(
    (accountKey) => this.emit(accountKey),
    () => Math.max(CHANGE_INTERVAL_MS, this.orders.size * CHANGE_INTERVAL_MS_PER_ORDER),
  );
  /** Bumped whenever the held set changes: a kept index of an older version is rebuilt. */
  private version = 0;
  /** Order writes on their way to the cache (counted before they start, until they are held). */
  private writing = 0;
  private hasLoaded = false;
  private kept: { version: number; validUntil: number; index: OrderIndex } | undefined;

  constructor(private now: () => number = Date.now) {}

  private ensureLoaded(): Promise<void> {
    this.loaded ??= cacheList<DomainOrder>(ORDER_KIND).then((entries) => {
      for (const e of entries)
        this.orders.set(e.value.key, { order: e.value, storedAt: e.storedAt, expiresAt: e.expiresAt });
      this.hasLoaded = true;
    });
    return this.loaded;
  }

  /** Whether the cached orders have been read since the worker started (or since a wipe). */
  isLoaded(): boolean {
    return this.hasLoaded;
  }

  /** The held set's version and the order writes still on their way (see OpeningWindows). */
  stamp(): { version: number; writing: number } {
    return { version: this.version, writing: this.writing };
  }

  async all(): Promise<DomainOrder[]> {
    await this.ensureLoaded();
    return this.live();
  }

  /** The orders held now, dropping expired ones (synchronous: its result and `version` agree). */
  private live(): DomainOrder[] {
    const now = this.now();
    const out: DomainOrder[] = [];
    for (const [key, h] of this.orders) {
      if (h.expiresAt <= now) {
        this.orders.delete(key);
        this.version++;
      } else out.push(h.order);
    }
    return out;
  }

  /** When the first order held expires, if any is held (the index already knows: it is rebuilt then). */
  async nextExpiry(): Promise<number | undefined> {
    await this.index();
    const until = this.kept?.validUntil;
    return until === undefined || until === Number.POSITIVE_INFINITY ? undefined : until;
  }

  /** When one order's cache time ends (undefined if it is not held). */
  async expiryOf(key: string): Promise<number | undefined> {
    await this.ensureLoaded();
    const h = this.orders.get(key);
    return h && h.expiresAt > this.now() ? h.expiresAt : undefined;
  }

  /**
   * The live orders indexed for list queries, kept until the set changes or the first of them
   * expires: repeated windows of one list (scrolling, tab switches) do not re-sort 10,000 orders.
   */
  async index(): Promise<OrderIndex> {
    return (await this.keptIndex()).index;
  }

  /** The index with the version of the held set it was built from and the first expiry in it. */
  async keptIndex(): Promise<{ index: OrderIndex; version: number; validUntil: number }> {
    await this.ensureLoaded();
    const kept = this.kept;
    if (kept && kept.version === this.version && this.now() < kept.validUntil) return kept;
    // No await between reading the orders and the version the index is kept under: a store that
    // lands in between (a sync page) must not leave an older index marked current.
    const orders = this.live();
    let validUntil = Number.POSITIVE_INFINITY;
    for (const h of this.orders.values()) validUntil = Math.min(validUntil, h.expiresAt);
    const index = new OrderIndex(orders);
    this.kept = { version: this.version, validUntil, index };
    return this.kept;
  }

  async get(key: string): Promise<DomainOrder | undefined> {
    await this.ensureLoaded();
    const h = this.orders.get(key);
    if (!h || h.expiresAt <= this.now()) return undefined;
    return h.order;
  }

  /** The live copies of these keys with when each was stored (absent keys are left out). */
  async held(keys: string[]): Promise<Map<string, HeldOrder>> {
    await this.ensureLoaded();
    const now = this.now();
    const out = new Map<string, HeldOrder>();
    for (const k of keys) {
      const h = this.orders.get(k);
      if (h && h.expiresAt > now) out.set(k, h);
    }
    return out;
  }

  /** One account's live orders with when each was stored. */
  async heldOf(accountKey: string): Promise<HeldOrder[]> {
    await this.ensureLoaded();
    const now = this.now();
    const out: HeldOrder[] = [];
    for (const h of this.orders.values()) if (h.expiresAt > now && accountKeyOf(h.order) === accountKey) out.push(h);
    return out;
  }

  /** Stores synced orders, projected to the declared fields first (minimum data, C5). */
  async upsertMany(accountKey: string, input: DomainOrder[], ttlMs: number): Promise<void> {
    this.writing++;
    try {
      await this.ensureLoaded();
      const orders = input.map(projectOrder);
      const now = this.now();
      await cachePutMany(
        orders.map((o) => ({
          opts: { kind: ORDER_KIND, accountKey, entityId: o.shipmentId, ttlMs, pii: true, now },
          data: o,
        })),
      );
      for (const o of orders) this.orders.set(o.key, { order: o, storedAt: now, expiresAt: now + ttlMs });
      this.version++;
    } finally {
      this.writing--;
    }
    this.changes.changed(accountKey);
  }

  /** Tells every listener the orders changed (a window served before they were read was wrong). */
  announce(): void {
    this.emit();
  }

  /** Announces pending changes now (a sync ended: views should not wait for the interval). */
  flushChanges(): void {
    this.changes.flush();
  }

  /** Extends every order of an account after a successful (incremental) sync. */
  async touchAccount(accountKey: string, ttlMs: number): Promise<void> {
    const mine = (await this.all()).filter((o) => accountKeyOf(o) === accountKey);
    await this.upsertMany(accountKey, mine, ttlMs);
  }

  forgetAccount(accountKey: string): void {
    for (const [key, h] of this.orders) if (accountKeyOf(h.order) === accountKey) this.orders.delete(key);
    this.version++;
    this.emit(accountKey);
  }

  /** After a wipe: drop everything held in memory. */
  reset(): void {
    this.orders.clear();
    this.version++;
    this.kept = undefined;
    this.loaded = undefined;
    this.hasLoaded = false;
    this.changes.drop();
    this.emit();
  }

  onChange(cb: (accountKey?: string) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private emit(accountKey?: string) {
    for (const cb of this.listeners) cb(accountKey);
  }
}
