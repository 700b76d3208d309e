import type { DomainOrder } from '../../../domain/order';
import { HandledError } from '../../../protocol/envelope';
import type { PurchaseStatus } from '../../../protocol/messages/alibaba';
import type { ForwarderAddress, ProductLink } from '../../../protocol/messages/crossborder';
import type { TrustedSender } from '../../messaging/dispatcher';
import { loadCalculatorSettings } from '../../page-helpers/stores';
import type { PurchaseLink } from '../links/order-links';
import { loadAddresses } from '../links/setup-store';
import { checkCustomsCode } from './customs';
import type { CrossborderDeps } from './deps';
import type { PlanGroup, PlanShare, PricedGroup, PurchasePlan } from './plan-record';

export interface Skipped {
  orderKey: string;
  reason: 'notToPurchase' | 'customsMissing' | 'customsMalformed' | 'noLinkedLine' | 'notCached';
}

interface Cargo {
  order: DomainOrder;
  lineId: string;
  offerId: string;
  specId?: string;
  quantity: number;
}

/**
 * Coupang lines → 1688 cargo through the 구매대행 product links (사입 lines ship from stock), only
 * the lines `toBuy` names (those a live purchase already fills are never bought twice).
 */
function cargoOf(o: DomainOrder, links: ReadonlyMap<string, ProductLink>, toBuy: readonly string[]): Cargo[] {
  return o.lines.flatMap((l) => {
    const link = l.itemId ? links.get(l.itemId) : undefined;
    if (link?.mode !== 'agent' || !toBuy.includes(l.lineId)) return [];
    return [
      {
        order: o,
        lineId: l.lineId,
        offerId: link.offerId,
        ...(link.specId ? { specId: link.specId } : {}),
        quantity: l.quantity * link.unitsPerItem,
      },
    ];
  });
}

/** Splits `total` over `weights` in integers (largest remainder goes last), summing exactly to `total`. */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum === 0) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - parts.reduce((a, b) => a + b, 0);
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + rest;
  return parts;
}

/** The 1688 supplier of an offer (offers.get, once per offer for one plan). */
export function supplierLookup(d: CrossborderDeps, sender: TrustedSender, alibabaAccountKey: string) {
  const memo = new Map<string, { id: string; memberId?: string; name: string }>();
  return async (offerId: string): Promise<{ id: string; memberId?: string; name: string }> => {
    const known = memo.get(offerId);
    if (known) return known;
    const { offer } = await d.offersGet({ offerId, accountKey: alibabaAccountKey }, sender);
    const { memberId, name } = offer.supplier;
    const s = { id: memberId ?? name, ...(memberId ? { memberId } : {}), name };
    memo.set(offerId, s);
    return s;
  };
}

export interface CargoLine {
  offerId: string;
  specId?: string;
  quantity: number;
}

/**
 * Prices one supplier's cargo with `purchase.preview` (lines of the same offer + SKU merged),
 * shipped to the seller's address. Each cargo line's goods at 1688's unit price (split by quantity
 * when 1688 gives none), freight shared by goods value — whole fen, summing exactly.
 */
export async function priceCargo(
  d: CrossborderDeps,
  sender: TrustedSender,
  alibabaAccountKey: string,
  address: ForwarderAddress,
  cargo: readonly CargoLine[],
) {
  const merged = new Map<string, CargoLine>();
  for (const c of cargo) {
    const k = `${c.offerId}/${c.specId ?? ''}`;
    const m = merged.get(k) ?? { offerId: c.offerId, ...(c.specId ? { specId: c.specId } : {}), quantity: 0 };
    m.quantity += c.quantity;
    merged.set(k, m);
  }
  const { previewToken, preview } = await d.purchasePreview(
    { accountKey: alibabaAccountKey, lines: [...merged.values()], address: address.address },
    sender,
  );
  const unit = (c: CargoLine) =>
    preview.orders
      .flatMap((po) => po.lines)
      .find((l) => l.offerId === c.offerId && (l.specId ?? '') === (c.specId ?? ''))?.unitPrice?.minor;
  const unitGoods = cargo.map((c) => (unit(c) ?? 0) * c.quantity);
  const goods = unitGoods.some((g) => g > 0)
    ? unitGoods
    : splitByWeight(
        preview.goods.minor,
        cargo.map((c) => c.quantity),
      );
  return {
    totals: {
      previewToken,
      goodsFen: preview.goods.minor,
      freightFen: preview.shipping.minor,
      totalFen: preview.total.minor,
      orderable: preview.orderable,
    },
    goods,
    freight: splitByWeight(preview.shipping.minor, goods),
    warnings: preview.warnings.map((w) => w.code),
  };
}

/**
 * Plans the 1688 purchases for a set of Coupang orders: which orders can be bought for (lines still
 * to buy, a valid customs code), their lines grouped by 1688 supplier (one purchase order each, as
 * 1688 requires: a Coupang order with goods of two suppliers appears in two groups, each with its
 * own lines), each priced by `purchase.preview` with the forwarder's address — the only address
 * that reaches 1688 (agreement §3③2: no Coupang recipient data in a 1688 request).
 */
export async function planPurchases(
  d: CrossborderDeps,
  sender: TrustedSender,
  input: {
    orders: DomainOrder[];
    productLinks: ProductLink[];
    /** The order's lines no live purchase fills (empty: nothing to buy). */
    toBuy: (o: DomainOrder) => readonly string[];
    address: ForwarderAddress;
    alibabaAccountKey: string;
    krwPerCny: number;
  },
): Promise<{ plan: PurchasePlan; skipped: Skipped[]; warnings: string[][] }> {
  const links = new Map(input.productLinks.map((l) => [l.vendorItemId, l]));
  const skipped: Skipped[] = [];
  const bySupplier = new Map<string, { memberId?: string; name: string; cargo: Cargo[] }>();
  const supplierOf = supplierLookup(d, sender, input.alibabaAccountKey);
  for (const o of input.orders) {
    const toBuy = input.toBuy(o);
    if (!toBuy.length) {
      skipped.push({ orderKey: o.key, reason: 'notToPurchase' });
      continue;
    }
    const customs = checkCustomsCode(o.recipient.customsCode);
    if (customs !== 'ok') {
      skipped.push({ orderKey: o.key, reason: customs === 'missing' ? 'customsMissing' : 'customsMalformed' });
      continue;
    }
    const cargo = cargoOf(o, links, toBuy);
    if (!cargo.length) {
      skipped.push({ orderKey: o.key, reason: 'noLinkedLine' });
      continue;
    }
    for (const c of cargo) {
      const s = await supplierOf(c.offerId);
      const group = bySupplier.get(s.id) ?? {
        ...(s.memberId ? { memberId: s.memberId } : {}),
        name: s.name,
        cargo: [],
      };
      group.cargo.push(c);
      bySupplier.set(s.id, group);
    }
  }

  const groups: PlanGroup[] = [];
  const warnings: string[][] = [];
  for (const { memberId, name, cargo } of bySupplier.values()) {
    const priced = await priceCargo(d, sender, input.alibabaAccountKey, input.address, cargo);
    const { goods, freight } = priced;
    const shares: PlanShare[] = cargo.map((c, i) => ({
      orderKey: c.order.key,
      lineId: c.lineId,
      offerId: c.offerId,
      ...(c.specId ? { specId: c.specId } : {}),
      quantity: c.quantity,
      goodsFen: goods[i] ?? 0,
      freightFen: freight[i] ?? 0,
    }));
    groups.push({ ...(memberId ? { supplierId: memberId } : {}), supplierName: name, ...priced.totals, shares });
    warnings.push(priced.warnings);
  }
  return {
    plan: { alibabaAccountKey: input.alibabaAccountKey, krwPerCny: input.krwPerCny, groups },
    skipped,
    warnings,
  };
}

/**
 * What a confirmed group writes into its orders' links before its create is queued (a stopped
 * worker loses nothing): per Coupang order of the group, one purchase naming the lines it fills
 * and that order's share of the goods and freight.
 */
export function linksForGroup(
  plan: PurchasePlan,
  group: PlanGroup,
  idempotencyKey: string,
  now: number,
): Array<{ orderKey: string; purchase: PurchaseLink }> {
  const byOrder = new Map<string, PlanShare[]>();
  for (const s of group.shares) byOrder.set(s.orderKey, [...(byOrder.get(s.orderKey) ?? []), s]);
  return [...byOrder].map(([orderKey, shares]) => ({
    orderKey,
    purchase: {
      alibabaAccountKey: plan.alibabaAccountKey,
      idempotencyKey,
      ...(group.supplierId ? { supplierId: group.supplierId } : {}),
      lines: shares.map((s) => ({
        lineId: s.lineId,
        offerId: s.offerId,
        ...(s.specId ? { specId: s.specId } : {}),
        quantity: s.quantity,
      })),
      krwPerCny: plan.krwPerCny,
      goodsFen: shares.reduce((n, s) => n + s.goodsFen, 0),
      freightFen: shares.reduce((n, s) => n + s.freightFen, 0),
      createdAt: now,
    },
  }));
}

/** A UUID for group `index` of one confirmation: the same confirmation always names the same purchases. */
export async function groupKey(confirmKey: string, index: number): Promise<string> {
  const bytes = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${confirmKey}:${index}`)),
  );
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The address-book entry and the calculator's rate a preview needs, or the refusal the view words. */
export async function addressAndRate(addressId: string): Promise<{ address: ForwarderAddress; rate: number }> {
  const address = (await loadAddresses()).find((a) => a.id === addressId);
  if (!address) throw new HandledError('invalid_request', 'Choose an address.', 'crossborder.noAddress');
  const rate = (await loadCalculatorSettings()).settings.rate?.krwPerCny;
  if (!rate)
    throw new HandledError(
      'invalid_request',
      'Set the won-per-yuan rate in the calculator first.',
      'crossborder.noRate',
    );
  return { address, rate };
}

/**
 * Creates each orderable group of a confirmed plan through the 1688 module's outbox action, with a
 * key derived from `confirmKey`; `record` writes what the purchase is for before it is queued (a
 * worker stopped in between loses nothing, a repeated confirmation makes no second order).
 */
export async function createGroups<G extends PricedGroup>(
  d: CrossborderDeps,
  sender: TrustedSender,
  plan: { alibabaAccountKey: string; groups: G[] },
  confirmKey: string,
  record: (group: G, idempotencyKey: string) => Promise<void>,
): Promise<PurchaseStatus[]> {
  const purchases: PurchaseStatus[] = [];
  for (const [i, group] of plan.groups.entries()) {
    if (!group.orderable) continue;
    const idempotencyKey = await groupKey(confirmKey, i);
    await record(group, idempotencyKey);
    purchases.push(
      await d.purchaseCreate(
        { accountKey: plan.alibabaAccountKey, previewToken: group.previewToken, idempotencyKey },
        sender,
      ),
    );
  }
  return purchases;
}

/** A record with the seller's time mark (`arrivedAt`, `receivedAt`) set to now, or taken back. */
export function withMark<T extends object, K extends string>(record: T, key: K, on: boolean, now: number): T {
  const { [key]: _old, ...rest } = record as Record<string, unknown>;
  return (on ? { ...rest, [key]: now } : rest) as T;
}

/** A priced group's amounts as the preview reply shows them: fen, and won at the plan's rate. */
export function groupAmounts(g: PricedGroup, rate: number, warnings: string[] | undefined) {
  return {
    goodsFen: g.goodsFen,
    freightFen: g.freightFen,
    totalFen: g.totalFen,
    totalKrw: Math.round((g.totalFen * rate) / 100),
    orderable: g.orderable,
    warnings: warnings ?? [],
  };
}
