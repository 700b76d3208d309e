import type { DomainOrder } from '../../domain/order';
import { pageAllows } from '../../page-helpers/registry';
import { HandledError } from '../../protocol/envelope';
import type { crossborderMessages, FlowRow, ItemChoice } from '../../protocol/messages/crossborder';
import type { Handlers, TrustedSender } from '../messaging/dispatcher';
import { bestEffort, type CrossborderDeps } from './flow/deps';
import type { FlowService } from './flow/service';
import { draftHandlers } from './links/draft-handlers';
import { type OrderLink, purchaseRef } from './links/order-links';
import { loadProductLinks, removeProductLink, setProductLink } from './links/product-links';
import { loadAddresses, loadCosts, removeAddress, saveAddress, saveCosts } from './links/setup-store';
import { profitOf } from './profit/service';

/** The helper frame may link only the offer its tab's URL names (architecture: trust zones). */
function requireOfferPage(sender: TrustedSender, offerId: string): void {
  if (sender.kind === 'extension-page') return;
  if (!pageAllows(sender.pageUrl, 'offer-1688', { offerId })) {
    throw new HandledError('forbidden', 'This page may only link its own offer.', 'helper.notInPage');
  }
}

/** Coupang options seen in synced orders (product and option names, no customer data). */
function itemChoices(orders: readonly DomainOrder[]): ItemChoice[] {
  const seen = new Map<string, ItemChoice>();
  // Newest orders first: the options a seller is selling now come first.
  const newest = [...orders].sort((a, b) => (a.orderedAt < b.orderedAt ? 1 : -1));
  for (const o of newest) {
    if (o.marketplace !== 'coupang') continue;
    for (const l of o.lines) {
      if (!l.itemId || seen.has(l.itemId)) continue;
      seen.set(l.itemId, {
        vendorItemId: l.itemId,
        productName: l.productName,
        ...(l.optionName ? { optionName: l.optionName } : {}),
      });
    }
  }
  return [...seen.values()].slice(0, 300);
}

/**
 * The links with only their live purchases (a failed create or a closed 1688 order cost nothing):
 * what profit sums, each purchase at its own rate.
 */
function liveLinks(rows: readonly FlowRow[], links: ReadonlyMap<string, OrderLink>): Map<string, OrderLink> {
  const live = new Set(rows.flatMap((r) => r.purchases.filter((p) => p.stage !== 'toPurchase').map((p) => p.ref)));
  return new Map(
    [...links].map(([k, l]) => [k, { ...l, purchases: l.purchases.filter((p) => live.has(purchaseRef(p))) }]),
  );
}

export function crossborderHandlers(d: CrossborderDeps, flow: FlowService): Handlers<typeof crossborderMessages> {
  const { core } = d;
  return {
    ...draftHandlers(d),
    'crossborder.setup': async () => ({
      links: await loadProductLinks(),
      addresses: await loadAddresses(),
      costs: await loadCosts(),
      choices: itemChoices(await core.orders.all()),
    }),

    'crossborder.link': async ({ link }, sender) => {
      requireOfferPage(sender, link.offerId);
      return setProductLink(link, core.now());
    },

    'crossborder.unlink': async ({ vendorItemId }) => ({ removed: await removeProductLink(vendorItemId) }),

    'crossborder.offerLinks': async ({ offerId }, sender) => {
      requireOfferPage(sender, offerId);
      const links = (await loadProductLinks()).filter((l) => l.offerId === offerId);
      return {
        links: links.map((l) => ({
          vendorItemId: l.vendorItemId,
          ...(l.specId ? { specId: l.specId } : {}),
          unitsPerItem: l.unitsPerItem,
          mode: l.mode,
        })),
        choices: itemChoices(await core.orders.all()),
      };
    },

    'crossborder.saveAddress': async (req) => ({ addresses: await saveAddress(req) }),
    'crossborder.removeAddress': async ({ id }) => ({ addresses: await removeAddress(id) }),
    'crossborder.saveCosts': async ({ costs }) => ({ costs: await saveCosts(costs) }),

    'crossborder.flow': () => flow.flow(),

    'crossborder.detail': async ({ orderKey }) => {
      const { rows, orders, links } = await flow.rows();
      const row = rows.find((r) => r.orderKey === orderKey);
      const order = orders.find((o) => o.key === orderKey);
      if (!row || !order)
        throw new HandledError('invalid_request', 'This order is not in the flow.', 'crossborder.notCached');
      const live = row.purchases.filter((p) => p.stage !== 'toPurchase');
      return {
        row,
        lines: order.lines.map((l) => {
          const by = live.find((p) => p.lineIds.length === 0 || p.lineIds.includes(l.lineId));
          return {
            lineId: l.lineId,
            productName: l.productName,
            ...(l.optionName ? { optionName: l.optionName } : {}),
            quantity: l.quantity,
            ...(by ? { purchaseRef: by.ref } : {}),
          };
        }),
        profit: await profitOf(core, order, orders, liveLinks(rows, links)),
      };
    },

    'crossborder.preview': (req, sender) => flow.preview(req, sender),
    'crossborder.create': (req, sender) => flow.create(req, sender),
    'crossborder.markArrived': ({ orderKey, arrived, ref }) => flow.markArrived(orderKey, arrived, ref),
    'crossborder.uploadInvoice': (req, sender) => flow.uploadInvoice(req, sender),
    'crossborder.linkOrder': (req) => flow.linkOrder(req),

    'crossborder.orderHelper': async ({ orderId, shipmentBoxId }, sender) => {
      // A Wing page may ask only about the order its URL names.
      if (sender.kind !== 'extension-page' && !pageAllows(sender.pageUrl, 'wing-coupang', { orderId, shipmentBoxId })) {
        throw new HandledError('forbidden', 'This page may only ask about its own order.', 'helper.notInPage');
      }
      if (!orderId && !shipmentBoxId) return { linked: false, purchases: [] };
      const { rows } = await flow.rows();
      const row = rows.find(
        (r) => (!orderId || r.orderId === orderId) && (!shipmentBoxId || r.orderKey.endsWith(`:${shipmentBoxId}`)),
      );
      if (!row) return { linked: false, purchases: [] };
      // Each purchase (one per 1688 supplier) with its latest steps; traces are shown, never stored.
      const purchases = [];
      for (const p of row.purchases) {
        const key = p.orderKey;
        const logistics = key
          ? await bestEffort(() => d.logistics({ orderKey: key }, { kind: 'extension-page', url: 'crossborder' }))
          : undefined;
        const steps = (logistics?.traces ?? []).flatMap((t) => t.steps);
        purchases.push({
          ...(p.orderId ? { orderId: p.orderId } : {}),
          ...(p.status ? { status: p.status } : {}),
          stage: p.stage,
          trace: steps.slice(-5),
        });
      }
      return { linked: true, state: row.state, purchases };
    },
  };
}
