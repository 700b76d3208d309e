import { accountKeyOf } from '../../domain/keys';
import type { DomainOrder, MarketplaceId } from '../../domain/order';
import { listStateOf } from '../../domain/order-status';
import type { PopupAccount, popupMessages } from '../../protocol/messages/popup';
import { MARKET_TABS } from '../../ui/order-state';
import { attentionCounts, computeBadge, type ExtraAttention } from '../badge/compute';
import { extraAttentionOf } from '../badge/extra-attention';
import type { CoreServices } from '../core/core';
import type { Handlers } from '../messaging/dispatcher';
import { countedOrders, type OrderDigest } from '../orders/opening-windows';
import { needsReconnect } from '../schedule/decisions';

/** Enough for any real backlog; the popup sends them in chunks `orders.acknowledge` accepts. */
const MAX_ACK_KEYS = 5000;

/** Popup view models: per-account status and counts, and the new orders to acknowledge. */
export function popupHandlers(core: CoreServices): Handlers<typeof popupMessages> {
  /** Orders by connected account; the order store is not touched when nothing is connected. */
  const ordersByAccount = async (keys: string[]) => {
    const out = new Map<string, DomainOrder[]>(keys.map((k) => [k, []]));
    if (keys.length === 0) return out;
    for (const o of await core.orders.all()) out.get(accountKeyOf(o))?.push(o);
    return out;
  };

  /** The orders as the summary counts them, by account (a woken worker: from the kept digests). */
  const countedByAccount = async (keys: string[]) => {
    const out = new Map<string, OrderDigest[]>(keys.map((k) => [k, []]));
    if (keys.length === 0) return out;
    for (const o of await countedOrders(core.orders, core.openingWindows)) out.get(accountKeyOf(o))?.push(o);
    return out;
  };

  return {
    'popup.summary': async () => {
      const now = core.now();
      const [records, consent, settings] = await Promise.all([
        core.accounts.list(),
        core.consent.hasConsent(),
        core.settings.get(),
      ]);
      const byAccount = await countedByAccount(records.map((a) => a.accountKey));
      const running = new Map(core.sync.statuses().map((s) => [s.accountKey, s]));
      const accounts: PopupAccount[] = [];
      const extras: ExtraAttention[] = [];
      for (const rec of records) {
        const extra = await extraAttentionOf(rec, now);
        extras.push(...Object.values(extra));
        const view = await core.accounts.toView(rec, now);
        const orders = byAccount.get(rec.accountKey) ?? [];
        const c = attentionCounts(orders, now);
        const counts = stateCounts(rec.marketplace, orders);
        const s = running.get(rec.accountKey);
        const syncing = core.sync.isRunning(rec.accountKey);
        const state: PopupAccount['state'] = syncing
          ? 'syncing'
          : needsReconnect({ status: rec.status, lastErrorKind: rec.lastError?.kind })
            ? 'needsReconnect'
            : view.blockedUntil
              ? 'blocked'
              : rec.status === 'error'
                ? 'error'
                : 'ok';
        accounts.push({
          accountKey: rec.accountKey,
          marketplace: rec.marketplace,
          accountId: rec.accountId,
          label: rec.label,
          state,
          ...(syncing && s ? { progress: { done: s.done, ...(s.total !== undefined ? { total: s.total } : {}) } } : {}),
          blockedUntil: view.blockedUntil,
          lastSyncAt: rec.lastSyncAt,
          lastError: rec.lastError,
          expiresInDays: view.expiresInDays,
          counts,
          dueToday: c.dueToday,
          overdue: c.overdue,
          attention: c.total + extra.inquiries.count + extra.claims.count,
          inquiries: extra.inquiries.count,
          inquiriesUrgent: extra.inquiries.urgent,
          canAcknowledge: rec.marketplace === 'coupang',
          ...(rec.marketplace === 'coupang' ? { claimsWaiting: extra.claims.count } : {}),
        });
      }
      const all = [...byAccount.values()].flat();
      const badge = computeBadge(all, now, records.length > 0, extras);
      return {
        consent,
        accounts,
        badge: { count: badge.count, urgency: badge.urgency },
        intervalMinutes: settings.sync.intervalMinutes,
      };
    },

    'popup.newOrders': async ({ accountKeys }) => {
      const records = (await core.accounts.list()).filter(
        (a) => a.marketplace === 'coupang' && (!accountKeys || accountKeys.includes(a.accountKey)),
      );
      const byAccount = await ordersByAccount(records.map((a) => a.accountKey));
      return {
        accounts: records
          .map((a) => ({
            accountKey: a.accountKey,
            label: a.label,
            keys: (byAccount.get(a.accountKey) ?? [])
              .filter((o) => o.role === 'seller' && o.workState === 'new')
              .sort((x, y) => x.orderedAt.localeCompare(y.orderedAt))
              .slice(0, MAX_ACK_KEYS)
              .map((o) => o.key),
          }))
          .filter((a) => a.keys.length > 0),
      };
    },
  };
}

/** Orders per state tab of one marketplace (the side panel's tabs, "all" aside), zeros included. */
function stateCounts(market: MarketplaceId, orders: readonly OrderDigest[]): PopupAccount['counts'] {
  const counts: PopupAccount['counts'] = {};
  for (const tab of MARKET_TABS[market]) if (tab !== 'all') counts[tab] = 0;
  for (const o of orders) {
    const tab = listStateOf(o);
    if (tab && tab in counts) counts[tab] = (counts[tab] ?? 0) + 1;
  }
  return counts;
}
