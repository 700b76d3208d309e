import { HandledError } from '../../../protocol/envelope';
import type { ProductLink } from '../../../protocol/messages/crossborder';
import type { RestockPurchaseView } from '../../../protocol/messages/crossborder-restock';
import type { TrustedSender } from '../../messaging/dispatcher';
import { readSourcing } from '../../page-helpers/stores';
import { cachedKind } from '../../store/cached-kind';
import { bestEffort, type CrossborderDeps } from '../flow/deps';
import { addressAndRate, createGroups, groupAmounts, priceCargo, supplierLookup, withMark } from '../flow/planner';
import { purchaseFacts, purchaseOrderKey } from '../flow/rows';
import { loadProductLinks } from '../links/product-links';
import { type OptionFacts, restockLine, salesLast30Days } from './lines';
import type { RestockPlan, RestockPlanGroup, RestockPlanLine } from './plan-record';
import { isOpen, restockStateOf } from './state';
import { addRestockPurchase, loadRestockPurchases, patchRestockPurchase } from './store';

const plans = cachedKind<RestockPlan>('crossborder.restockPlan');
const PLAN_SCOPE = 'crossborder';
const PAGE = 500;
/** The side panel's own reads (the restock tab), not a page's. */
const SELF: TrustedSender = { kind: 'extension-page', url: 'crossborder' };

const err = (kind: string, message: string) => new HandledError('invalid_request', message, `crossborder.${kind}`);

/**
 * The 사입 restock plan (issue 17): 사입-linked options with their Coupang stock and pace, and the
 * 1688 purchases bought for stock. Reads go through the Coupang and 1688 modules' own handlers
 * (cached products list, Rocket Growth stock, offers, purchase status); purchases are created
 * through the 1688 module's outbox action, exactly once per confirmation.
 */
export class RestockService {
  constructor(private d: CrossborderDeps) {}

  private get core() {
    return this.d.core;
  }

  private async coupangAccounts(): Promise<string[]> {
    return (await this.core.accounts.list()).filter((a) => a.marketplace === 'coupang').map((a) => a.accountKey);
  }

  /** Options of every connected Coupang account's cached products list (nothing is read from Coupang here). */
  private async options(): Promise<{ options: Map<string, OptionFacts>; fetchedAt?: number }> {
    const options = new Map<string, OptionFacts>();
    let fetchedAt: number | undefined;
    for (const accountKey of await this.coupangAccounts()) {
      for (let offset = 0; ; offset += PAGE) {
        const page = await bestEffort(() => this.d.productsList({ accountKey, offset, limit: PAGE }, SELF));
        if (!page) break;
        if (page.fetchedAt !== undefined) fetchedAt = Math.max(fetchedAt ?? 0, page.fetchedAt);
        for (const r of page.rows)
          if (r.vendorItemId)
            options.set(r.vendorItemId, {
              productName: r.productName,
              itemName: r.itemName,
              ...(r.stock !== undefined ? { stock: r.stock } : {}),
            });
        if (offset + PAGE >= page.total) break;
      }
    }
    return { options, ...(fetchedAt !== undefined ? { fetchedAt } : {}) };
  }

  /** Rocket Growth stock of every Coupang account that has it (an account without Rocket Growth answers nothing). */
  private async rocketGrowth(refresh: boolean): Promise<Map<string, { stock: number; sales30: number }>> {
    const out = new Map<string, { stock: number; sales30: number }>();
    for (const accountKey of await this.coupangAccounts()) {
      const got = await bestEffort(() => this.d.rgStock({ accountKey, refresh }, SELF));
      for (const r of got?.rows ?? []) out.set(r.vendorItemId, { stock: r.stock, sales30: r.sales30 });
    }
    return out;
  }

  /** The 1688 unit price of a link's SKU: the seller's own price on the sourcing list, else the offer's. */
  private async unitCosts(links: ProductLink[], override: Map<string, number>): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const l of links) {
      const own = override.get(l.offerId);
      if (own !== undefined) {
        out.set(l.vendorItemId, own);
        continue;
      }
      const got = await bestEffort(() => this.d.offersGet({ offerId: l.offerId }, SELF));
      const sku = l.specId ? got?.offer.skus.find((s) => s.specId === l.specId) : undefined;
      const price = sku?.price ?? got?.offer.priceTiers[0]?.price;
      if (price) out.set(l.vendorItemId, price.minor);
    }
    return out;
  }

  /** The seller's target days of cover (settings.restock). */
  private async coverDays(): Promise<number> {
    return (await this.core.settings.get()).restock.coverDays;
  }

  async plan() {
    const links = (await loadProductLinks()).filter((l) => l.mode === 'stock');
    const purchases = await this.purchases();
    // Nothing linked in 사입 mode: nothing to read from Coupang or 1688.
    if (!links.length) return { coverDays: await this.coverDays(), lines: [], purchases };
    const onOrder = new Map<string, number>();
    for (const p of purchases)
      if (isOpen(p.state))
        for (const l of p.lines) onOrder.set(l.vendorItemId, (onOrder.get(l.vendorItemId) ?? 0) + l.items);
    const sourcing = await readSourcing();
    const override = new Map(
      sourcing.flatMap((e) =>
        e.inputs.unitPriceFenOverride !== undefined ? [[e.offerId, e.inputs.unitPriceFenOverride] as const] : [],
      ),
    );
    const [{ options, fetchedAt }, rg, orders, costs, coverDays] = await Promise.all([
      this.options(),
      this.rocketGrowth(false),
      this.core.orders.all(),
      this.unitCosts(links, override),
      this.coverDays(),
    ]);
    const names = new Map<string, { productName: string; optionName?: string }>();
    for (const o of orders)
      for (const l of o.lines)
        if (l.itemId && o.marketplace === 'coupang' && !names.has(l.itemId))
          names.set(l.itemId, { productName: l.productName, ...(l.optionName ? { optionName: l.optionName } : {}) });
    const inputs = {
      options,
      rg,
      sales30: salesLast30Days(orders, this.core.now()),
      onOrder,
      names,
      sourcingOffers: new Set(sourcing.map((e) => e.offerId)),
      unitCostFen: (l: ProductLink) => costs.get(l.vendorItemId),
      coverDays,
    };
    return {
      coverDays,
      lines: links.map((l) => restockLine(l, inputs)),
      purchases,
      ...(fetchedAt !== undefined ? { stockFetchedAt: fetchedAt } : {}),
    };
  }

  async refresh() {
    for (const accountKey of await this.coupangAccounts()) await this.d.productsRefresh({ accountKey }, SELF);
    await this.rocketGrowth(true);
    return { ok: true };
  }

  /** Restock purchases, newest first, with what the outbox and the synced 1688 orders say now. */
  private async purchases(): Promise<RestockPurchaseView[]> {
    await this.learnOrderIds();
    const [list, all, outbox] = await Promise.all([
      loadRestockPurchases(),
      this.core.orders.all(),
      this.core.outbox.list(),
    ]);
    const ctx = { orders: new Map(all.map((o) => [o.key, o])), outbox };
    return list.map((p) => {
      const { facts, item } = purchaseFacts(ctx, p);
      const key = purchaseOrderKey(p);
      const total = (p.goodsFen ?? 0) + (p.freightFen ?? 0);
      return {
        idempotencyKey: p.idempotencyKey,
        alibabaAccountKey: p.alibabaAccountKey,
        ...(p.alibabaOrderId ? { orderId: p.alibabaOrderId } : {}),
        ...(key ? { orderKey: key } : {}),
        state: restockStateOf(p, facts),
        ...(facts.order ? { status: facts.order.marketStatus } : {}),
        ...(item?.result ? { createResult: item.result } : {}),
        lines: p.lines,
        ...(p.goodsFen !== undefined ? { totalFen: total } : {}),
        createdAt: p.createdAt,
        ...(p.receivedAt !== undefined ? { receivedAt: p.receivedAt } : {}),
      };
    });
  }

  /** Creates whose 1688 order id is now known get it written into their record (the result cache expires). */
  private async learnOrderIds(): Promise<void> {
    for (const p of (await loadRestockPurchases()).filter((x) => !x.alibabaOrderId)) {
      const status = await bestEffort(() =>
        this.d.purchaseStatus({ accountKey: p.alibabaAccountKey, idempotencyKey: p.idempotencyKey }, SELF),
      );
      if (status?.orderId)
        await patchRestockPurchase(p.idempotencyKey, (x) => ({ ...x, alibabaOrderId: status.orderId }));
    }
  }

  async preview(
    req: { lines: { vendorItemId: string; items: number }[]; addressId: string; alibabaAccountKey: string },
    sender: TrustedSender,
  ) {
    const { address, rate } = await addressAndRate(req.addressId);
    const links = new Map((await loadProductLinks()).map((l) => [l.vendorItemId, l]));
    const supplierOf = supplierLookup(this.d, sender, req.alibabaAccountKey);
    const skipped: { vendorItemId: string; reason: string }[] = [];
    const bySupplier = new Map<string, { name: string; lines: RestockPlanLine[] }>();
    for (const pick of req.lines) {
      const link = links.get(pick.vendorItemId);
      if (link?.mode !== 'stock') {
        skipped.push({ vendorItemId: pick.vendorItemId, reason: 'notStockLink' });
        continue;
      }
      const s = await supplierOf(link.offerId);
      const group = bySupplier.get(s.id) ?? { name: s.name, lines: [] };
      group.lines.push({
        vendorItemId: link.vendorItemId,
        offerId: link.offerId,
        ...(link.specId ? { specId: link.specId } : {}),
        items: pick.items,
        quantity: pick.items * link.unitsPerItem,
      });
      bySupplier.set(s.id, group);
    }
    const groups: RestockPlanGroup[] = [];
    const warnings: string[][] = [];
    for (const { name, lines } of bySupplier.values()) {
      const priced = await priceCargo(this.d, sender, req.alibabaAccountKey, address, lines);
      groups.push({ supplierName: name, ...priced.totals, lines });
      warnings.push(priced.warnings);
    }
    const plan: RestockPlan = { alibabaAccountKey: req.alibabaAccountKey, krwPerCny: rate, groups };
    const planId = crypto.randomUUID();
    await plans.put(PLAN_SCOPE, planId, plan, { now: this.core.now(), ttl: (await this.core.settings.get()).cache });
    return {
      planId,
      krwPerCny: rate,
      groups: groups.map((g, i) => ({
        supplierName: g.supplierName,
        lines: g.lines.map((l) => ({
          vendorItemId: l.vendorItemId,
          offerId: l.offerId,
          ...(l.specId ? { specId: l.specId } : {}),
          quantity: l.quantity,
        })),
        ...groupAmounts(g, rate, warnings[i]),
      })),
      skipped,
    };
  }

  /**
   * Confirms a plan: per supplier group the restock record is written first, then the purchase is
   * created through the 1688 module's outbox action with a key derived from `confirmKey` — the same
   * confirmation twice, or a worker stopped in between, never makes a second order.
   */
  async create(req: { planId: string; confirmKey: string }, sender: TrustedSender) {
    const plan = await plans.get(PLAN_SCOPE, req.planId, this.core.now());
    if (!plan) throw err('planExpired', 'The preview expired; preview again.');
    const purchases = await createGroups(this.d, sender, plan, req.confirmKey, (group, idempotencyKey) =>
      addRestockPurchase({
        idempotencyKey,
        alibabaAccountKey: plan.alibabaAccountKey,
        lines: group.lines,
        krwPerCny: plan.krwPerCny,
        goodsFen: group.goodsFen,
        freightFen: group.freightFen,
        createdAt: this.core.now(),
      }),
    );
    return { purchases };
  }

  async markReceived(idempotencyKey: string, received: boolean) {
    const ok = await patchRestockPurchase(idempotencyKey, (p) => withMark(p, 'receivedAt', received, this.core.now()));
    if (!ok) throw err('noPurchase', 'This restock purchase is not in the plan.');
    return { ok };
  }
}
