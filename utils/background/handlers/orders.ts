import type { DomainOrder } from '../../domain/order';
import { allowedActions } from '../../domain/order-status';
import { maskName, maskRecipient } from '../../privacy/masking';
import { HandledError } from '../../protocol/envelope';
import type { OrderRow, OutboxItemView, orderMessages } from '../../protocol/messages/orders';
import { MARKET_TABS } from '../../ui/order-state';
import type { CoreServices } from '../core/core';
import type { Handlers } from '../messaging/dispatcher';
import type { ServedWindow } from '../orders/opening-windows';
import { type OrderQuery, queryOrders, type RowContext, toRow } from '../orders/order-query';
import { pendingByOrder } from '../orders/pending-actions';
import { outboxOrderKey } from '../outbox/action';
import type { OutboxRecord } from '../store/db';
import { storageItem } from '../store/storage';

type GenericOrderMessages = Pick<
  typeof orderMessages,
  | 'orders.query'
  | 'orders.detail'
  | 'orders.reveal'
  | 'orders.hide'
  | 'orders.sync'
  | 'orders.syncStatus'
  | 'outbox.list'
  | 'outbox.retryFailed'
>;

/** How long a deliberate reveal shows an order's personal data. */
export const REVEAL_MS = 60_000;
const reveals = storageItem<Record<string, number>>('reveals');

export function outboxView(r: OutboxRecord): OutboxItemView {
  return {
    id: r.id,
    accountKey: r.accountKey,
    action: r.action,
    targetId: r.targetId,
    orderKey: outboxOrderKey(r),
    state: r.state,
    attempts: r.attempts,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    batchId: r.batchId,
    result: r.result,
  };
}

async function pendingActions(core: CoreServices): Promise<Map<string, OrderRow['pendingAction']>> {
  return pendingByOrder(await core.outbox.snapshot());
}

async function labels(core: CoreServices): Promise<Map<string, string>> {
  return new Map((await core.accounts.list()).map((a) => [a.accountKey, a.label]));
}

async function revealedUntil(key: string, now: number): Promise<number | undefined> {
  const until = (await reveals.get())?.[key];
  return until && until > now ? until : undefined;
}

/** Reads what an order list left out of one opened order (the marketplace modules' `completeOrder`). */
export type CompleteOrder = (o: DomainOrder) => Promise<DomainOrder>;

/**
 * After a window was served from the kept opening lists: reads every order as usual and, if the
 * full read lists that window otherwise (or counts otherwise), tells the views to ask again.
 */
async function checkServed(core: CoreServices, q: OrderQuery, ctx: RowContext, served: ServedWindow): Promise<void> {
  try {
    const full = queryOrders(await core.orders.index(), q, ctx);
    const same =
      full.total === served.total &&
      full.rows.length === served.rows.length &&
      full.rows.every((r, i) => r.key === served.rows[i]?.key) &&
      MARKET_TABS[q.market].every((tab) => (full.counts[tab] ?? 0) === (served.counts[tab] ?? 0));
    if (!same) core.orders.announce();
    // Either way the full read is there now: keep the lists as it has them.
    await core.openingWindows.keep();
  } catch {
    core.orders.announce();
  }
}

export function orderHandlers(
  core: CoreServices,
  complete: CompleteOrder = async (o) => o,
): Handlers<GenericOrderMessages> {
  const requireOrder = async (key: string) => {
    const o = await core.orders.get(key);
    if (!o) throw new HandledError('invalid_request', 'This order is no longer cached; sync again.', 'orderNotCached');
    return o;
  };
  return {
    'orders.query': async (q) => {
      // No account, nothing to read: and no database is re-created after "delete all".
      const accounts = await core.accounts.list();
      if (!accounts.length) {
        const settings = await core.settings.get();
        const counts = Object.fromEntries(MARKET_TABS[q.market].map((tab) => [tab, 0]));
        return { rows: [], total: 0, counts, dueSoonHours: settings.notifications.deadlineHours };
      }
      const context = Promise.all([labels(core), pendingActions(core), core.settings.get()]);
      const synced = accounts.map((a) => a.lastSyncAt ?? 0).filter(Boolean);
      const syncedAt = synced.length ? Math.min(...synced) : undefined;
      // A woken worker has not read the orders yet: the opening list comes from what was kept of
      // it (orders/opening-windows.ts) while the full read runs, and is checked against that read.
      if (!core.orders.isLoaded()) {
        const [lbl, pending, settings] = await context;
        const ctx = { labels: lbl, pending };
        const served = await core.openingWindows.serve(q, ctx);
        if (served) {
          void checkServed(core, q, ctx, served);
          return { ...served, dueSoonHours: settings.notifications.deadlineHours, syncedAt };
        }
      }
      const [[lbl, pending, settings], orders, nextExpiryAt] = await Promise.all([
        context,
        core.orders.index(),
        core.orders.nextExpiry(),
      ]);
      return {
        ...queryOrders(orders, q, { labels: lbl, pending }),
        dueSoonHours: settings.notifications.deadlineHours,
        syncedAt,
        nextExpiryAt,
      };
    },
    // Masked always, even during a reveal: a page gets plain personal data only from
    // 'orders.reveal', the deliberate timed action, so it never holds values it then has to hide.
    'orders.detail': async ({ key }) => {
      const o = await complete(await requireOrder(key));
      const row = toRow(o, { labels: await labels(core), pending: await pendingActions(core) });
      return {
        ...row,
        cacheExpiresAt: await core.orders.expiryOf(key),
        paidAt: o.paidAt,
        lines: o.lines,
        shippingFee: o.shippingFee,
        recipient: maskRecipient(o.recipient),
        revealedUntil: await revealedUntil(key, core.now()),
        shipping: o.shipping,
        // Purchases: the supplier's shop (a business). Sales: the buyer, a person → masked.
        counterpartyName:
          o.counterpartyName === undefined || o.role === 'buyer' ? o.counterpartyName : maskName(o.counterpartyName),
        timeline: o.timeline,
        // The one status table decides (domain/order-status.ts): 1688 orders get no Coupang action.
        actions: [...allowedActions(o)],
      };
    },
    'orders.reveal': async ({ key, resume }) => {
      const o = await complete(await requireOrder(key));
      const now = core.now();
      if (resume) {
        const running = await revealedUntil(key, now);
        if (!running) throw new HandledError('invalid_request', 'This reveal has ended.', 'revealEnded');
        return { recipient: o.recipient, revealedUntil: running };
      }
      const until = now + REVEAL_MS;
      await reveals.update((m) => {
        const live = Object.fromEntries(Object.entries(m ?? {}).filter(([, t]) => t > now));
        return { ...live, [key]: until };
      });
      return { recipient: o.recipient, revealedUntil: until };
    },
    'orders.hide': async ({ key }) => {
      await reveals.update((m) => {
        const { [key]: _gone, ...rest } = m ?? {};
        return rest;
      });
      return { hidden: true };
    },
    'orders.sync': async ({ accountKey, full }) => {
      const keys = accountKey ? [accountKey] : (await core.accounts.list()).map((a) => a.accountKey);
      for (const k of keys) void core.sync.sync(k, { full });
      return { started: keys };
    },
    'orders.syncStatus': async () => {
      const running = new Map(core.sync.statuses().map((s) => [s.accountKey, s]));
      const accounts = await core.accounts.list();
      return {
        accounts: await Promise.all(
          accounts.map(async (a) => {
            const health = await core.accounts.health(a.accountKey);
            const s = running.get(a.accountKey);
            const blockedUntil =
              health.blockedUntil && health.blockedUntil > core.now() ? health.blockedUntil : undefined;
            return {
              accountKey: a.accountKey,
              phase: s?.phase ?? (blockedUntil ? 'blocked' : 'idle'),
              done: s?.done ?? 0,
              total: s?.total,
              lastSyncAt: a.lastSyncAt,
              blockedUntil,
              error: s?.error ?? a.lastError,
            } as const;
          }),
        ),
      };
    },
    'outbox.list': async (filter) => ({ items: (await core.outbox.list(filter)).map(outboxView) }),
    'outbox.retryFailed': async ({ batchId }) => {
      const items = await core.outbox.retryFailed(batchId);
      for (const a of new Set(items.map((i) => i.accountKey))) void core.outbox.process(a);
      return { batchId, items: items.map(outboxView) };
    },
  };
}
