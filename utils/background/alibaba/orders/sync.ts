import type { AccountRecord } from '../../core/accounts';
import type { CoreServices } from '../../core/core';
import { projectOrder } from '../../privacy/projections';
import type { AccountSyncer } from '../../sync/types';
import { isAlibabaApiError, type OrderListQuery, type OrderPage } from '../api';
import type { AlibabaClients } from '../clients';
import { AlibabaSyncError } from '../errors';

const SYNC_JOB = 'alibaba.orders';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A full sync reads orders created in this window (the current table, not the history one). */
const FULL_WINDOW_MS = 90 * DAY;
/** Incremental windows overlap the previous sync by this much (clock drift, late writes). */
const OVERLAP_MS = 10 * MINUTE;
/** A checkpoint older than this is stale: start over rather than resume. */
const CHECKPOINT_MAX_AGE_MS = 60 * MINUTE;

type Role = 'seller' | 'buyer';
const ROLES: readonly Role[] = ['seller', 'buyer'];

export interface SyncCheckpoint {
  v: 1;
  startedAt: number;
  mode: 'full' | 'incremental';
  from: number;
  to: number;
  role: Role;
  page: number;
  total: number;
  done: number;
}

function query(cp: SyncCheckpoint, page: number): OrderListQuery {
  return cp.mode === 'full'
    ? { page, createdFrom: cp.from, createdTo: cp.to }
    : { page, modifiedFrom: cp.from, modifiedTo: cp.to };
}

/**
 * Pulls one member's 1688 orders into the order store: sales orders (seller view) and purchase
 * orders (buyer view), page by page through the member's queue, with a checkpoint after every
 * page so a worker suspended mid-sync resumes at the next page. The window's end is fixed at
 * the start, so new orders arriving meanwhile never shift pages. Orders are projected to the
 * minimum the views use and cached (encrypted) for the seller's PII TTL. A role the app was not
 * granted (gw.APIACLDecline) is skipped; both refused is an error.
 */
export function createAlibabaSyncer(core: CoreServices, clients: AlibabaClients): AccountSyncer {
  return {
    marketplace: 'alibaba',
    async sync(account: AccountRecord, { full, progress, signal }) {
      const key = account.accountKey;
      let conn: Awaited<ReturnType<AlibabaClients['get']>>;
      try {
        conn = await clients.get(key);
      } catch (e) {
        throw new AlibabaSyncError(e);
      }
      const ttl = (await core.settings.get()).cache.piiTtlMinutes * MINUTE;
      const now = core.now();

      let cp = await core.checkpoints.load<SyncCheckpoint>(key, SYNC_JOB);
      if (cp?.v !== 1 || now - cp.startedAt > CHECKPOINT_MAX_AGE_MS || (full && cp.mode !== 'full')) {
        // Cached orders outlive no sync by more than their TTL; after a longer gap read everything again.
        const incremental = !full && account.lastSyncAt !== undefined && now - account.lastSyncAt < ttl;
        cp = {
          v: 1,
          startedAt: now,
          mode: incremental ? 'incremental' : 'full',
          from: incremental ? account.lastSyncAt! - OVERLAP_MS : now - FULL_WINDOW_MS,
          to: now,
          role: 'seller',
          page: 1,
          total: 0,
          done: 0,
        };
        await core.checkpoints.save(key, SYNC_JOB, cp);
      }

      const refused: unknown[] = [];
      for (const role of ROLES.slice(ROLES.indexOf(cp.role))) {
        let page: number = role === cp.role ? cp.page : 1;
        let counted = false;
        for (;;) {
          if (signal.aborted) return;
          let result: OrderPage;
          try {
            const q = query(cp, page);
            result = await conn.queue.run(
              (s) =>
                role === 'seller'
                  ? conn.client.listSellerOrders(q, { signal: s })
                  : conn.client.listBuyerOrders(q, { signal: s }),
              { priority: 'background', signal },
            );
          } catch (e) {
            if (signal.aborted) return;
            if (isAlibabaApiError(e, 'apiNotGranted')) {
              refused.push(e);
              break;
            }
            throw new AlibabaSyncError(e);
          }
          if (signal.aborted) return;
          if (result.orders.length) await core.orders.upsertMany(key, result.orders.map(projectOrder), ttl);
          if (!counted) {
            cp.total += page === 1 ? result.totalRecord : 0;
            counted = true;
          }
          cp.done += result.orders.length;
          progress(cp.done, Math.max(cp.total, cp.done));
          if (!result.hasMore) break;
          page += 1;
          cp = { ...cp, role, page };
          await core.checkpoints.save(key, SYNC_JOB, cp);
        }
        const next = ROLES[ROLES.indexOf(role) + 1];
        if (next) {
          cp = { ...cp, role: next, page: 1 };
          await core.checkpoints.save(key, SYNC_JOB, cp);
        }
      }
      if (refused.length === ROLES.length) throw new AlibabaSyncError(refused[0]);
      if (cp.mode === 'incremental') await core.orders.touchAccount(key, ttl);
      await core.checkpoints.clear(key, SYNC_JOB);
    },
  };
}
