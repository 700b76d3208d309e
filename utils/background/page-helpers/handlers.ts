import { accountKeyOf } from '../../domain/keys';
import type { DomainOrder } from '../../domain/order';
import { HELPER_IDS, pageAllows } from '../../page-helpers/registry';
import type { HelperId } from '../../page-helpers/types';
import { HandledError, type WireError } from '../../protocol/envelope';
import type { alibabaMessages } from '../../protocol/messages/alibaba';
import type { pageHelperMessages } from '../../protocol/messages/page-helpers';
import type { CoreServices } from '../core/core';
import { readInquirySummary } from '../coupang/cs/inquiry-counts';
import type { Handler, Handlers, TrustedSender } from '../messaging/dispatcher';
import { pendingByOrder, stillPending } from '../orders/pending-actions';
import { addToSourcing, loadCalculatorSettings, saveCalculatorSettings, sourcingEntry } from './stores';
import { logistics1688View, order1688View, wingCounts, wingOrderView } from './views';

export interface PageHelperDeps {
  core: Pick<CoreServices, 'orders' | 'accounts' | 'settings' | 'consent' | 'outbox' | 'now'>;
  /** The 1688 module's `alibaba.logistics` handler (parcels + trace in the order's own view). */
  logistics: Handler<(typeof alibabaMessages)['alibaba.logistics']>;
  /** The 1688 module's `offers.get` handler (it checks the page's offer id again itself). */
  offersGet: Handler<(typeof alibabaMessages)['offers.get']>;
  openOptions(): Promise<void>;
  /** Reads what the order list left out of the helper's order (its recipient): see alibaba/orders/detail.ts. */
  completeOrder?(o: DomainOrder): Promise<DomainOrder>;
}

/**
 * The helper frame (or any sender in a seller page's tab) may ask only about its own page: the
 * helper its tab URL belongs to and the ids that URL names (architecture: trust zones). Only
 * extension pages (popup, side panel, options) are not limited.
 */
function requirePage(sender: TrustedSender, helperId: HelperId, ids: Record<string, string | undefined> = {}): void {
  if (sender.kind === 'extension-page') return;
  if (!pageAllows(sender.pageUrl, helperId, ids)) {
    throw new HandledError('forbidden', 'This page may only ask about what its own URL names.', 'helper.notInPage');
  }
}

/** Any helper page (for messages every helper uses). */
function requireAnyHelperPage(sender: TrustedSender): void {
  if (sender.kind === 'extension-page') return;
  const ok = HELPER_IDS.some((h) => pageAllows(sender.pageUrl, h, {}));
  if (!ok) throw new HandledError('forbidden', 'This page has no helper.', 'helper.notInPage');
}

function wireOf(e: unknown): WireError {
  if (e instanceof HandledError) return { code: e.code, message: e.message, kind: e.kind };
  return { code: 'handler_error', message: 'Logistics failed.' };
}

export function pageHelperHandlers(d: PageHelperDeps): Handlers<typeof pageHelperMessages> {
  const { core } = d;
  return {
    'helper.calculator.get': async (_req, sender) => {
      requirePage(sender, 'offer-1688');
      return loadCalculatorSettings();
    },

    'helper.calculator.save': async ({ settings }, sender) => {
      requirePage(sender, 'offer-1688');
      return { settings: await saveCalculatorSettings(settings) };
    },

    'helper.sourcing.get': async ({ offerId }, sender) => {
      requirePage(sender, 'offer-1688', { offerId });
      return sourcingEntry(offerId);
    },

    'helper.sourcing.add': async ({ offerId, inputs }, sender) => {
      requirePage(sender, 'offer-1688', { offerId });
      return addToSourcing(offerId, inputs, core.now());
    },

    'helper.order1688': async ({ orderId }, sender) => {
      requirePage(sender, 'order-1688', { orderId });
      const accounts = (await core.accounts.list()).filter((a) => a.marketplace === 'alibaba');
      if (!accounts.length)
        throw new HandledError('not_connected', 'Connect a 1688 member in settings first.', 'helper.noAccount');
      // The member that has this order decides the view: seller view for its sales, buyer view for its purchases.
      const matches = (await core.orders.all()).filter((o) => o.marketplace === 'alibaba' && o.orderId === orderId);
      const listed = matches.find((o) => o.role === 'seller') ?? matches[0];
      const order = listed && d.completeOrder ? await d.completeOrder(listed) : listed;
      if (!order) throw new HandledError('invalid_request', 'This order is not in the synced cache.', 'orderNotCached');
      const label = accounts.find((a) => a.accountKey === accountKeyOf(order))?.label ?? order.accountId;
      try {
        const logistics = await d.logistics({ orderKey: order.key }, sender);
        return { order: order1688View(order, label), logistics: logistics1688View(logistics) };
      } catch (e) {
        return { order: order1688View(order, label), logisticsError: wireOf(e) };
      }
    },

    'helper.wing': async ({ orderId, shipmentBoxId }, sender) => {
      requirePage(sender, 'wing-coupang', { orderId, shipmentBoxId });
      const vendors = (await core.accounts.list()).filter((a) => a.marketplace === 'coupang');
      if (!vendors.length)
        throw new HandledError('not_connected', 'Connect a Coupang vendor in settings first.', 'helper.noAccount');
      const [orders, settings] = await Promise.all([core.orders.all(), core.settings.get()]);
      const coupang = orders.filter((o) => o.marketplace === 'coupang');
      const now = core.now();
      const synced = vendors.map((v) => v.lastSyncAt ?? 0).filter(Boolean);
      let order: ReturnType<typeof wingOrderView> | undefined;
      const named = Boolean(orderId || shipmentBoxId);
      if (named) {
        const found = coupang.find(
          (o) => (!shipmentBoxId || o.shipmentId === shipmentBoxId) && (!orderId || o.orderId === orderId),
        );
        if (found) {
          const pending = stillPending(found, pendingByOrder(await core.outbox.list()).get(found.key));
          order = wingOrderView(found, pending ? { action: pending.action, state: pending.state } : undefined);
        }
      }
      const inquiries = (await Promise.all(vendors.map((v) => readInquirySummary(v.accountKey, now)))).filter(
        (s): s is NonNullable<typeof s> => !!s,
      );
      return {
        vendors: vendors.length,
        syncedAt: synced.length ? Math.min(...synced) : undefined,
        dueSoonHours: settings.notifications.deadlineHours,
        counts: {
          ...wingCounts(coupang, now, settings.notifications.deadlineHours),
          ...(inquiries.length
            ? { unansweredInquiries: inquiries.reduce((n, s) => n + s.online + s.callCenter, 0) }
            : {}),
        },
        order,
        orderNotCached: named && !order,
      };
    },

    'helper.offer': async ({ offerId }, sender) => {
      requirePage(sender, 'offer-1688', { offerId });
      // offers.get checks the offer id against the tab's URL once more.
      return d.offersGet({ offerId }, sender);
    },

    'helper.openOptions': async (_req, sender) => {
      requireAnyHelperPage(sender);
      await d.openOptions();
      return { opened: true };
    },
  };
}
