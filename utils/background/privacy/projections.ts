import type { DomainOrder } from '../../domain/order';

/**
 * Minimum data (compliance C5): what may be cached, per cached kind, as whitelisted field paths.
 * Services project every API-derived value with `projectForCache` before `cachePut`, so a field
 * the views never use cannot reach IndexedDB even if a mapper starts passing it through.
 *
 * Paths: `a.b` for nested fields, `a[]` for arrays of values, `a[].b` for fields of array items.
 */
type Leaf = string | number | boolean | bigint | null | undefined;

/** Every leaf path of T (optional fields included). */
export type LeafPaths<T, P extends string = ''> =
  NonNullable<T> extends Leaf
    ? P
    : NonNullable<T> extends readonly (infer U)[]
      ? LeafPaths<U, `${P}[]`>
      : {
          [K in keyof NonNullable<T> & string]-?: LeafPaths<NonNullable<T>[K], P extends '' ? K : `${P}.${K}`>;
        }[keyof NonNullable<T> & string];

/** A `DomainOrder` is the order projection: each field is one the order views show. */
export const ORDER_FIELDS = [
  'key',
  'marketplace',
  'accountId',
  'role',
  'orderId',
  'shipmentId',
  'marketStatus',
  'workState',
  'orderedAt',
  'paidAt',
  'shipBy',
  'lines[].lineId',
  'lines[].productName',
  'lines[].optionName',
  'lines[].quantity',
  'lines[].unitPrice.currency',
  'lines[].unitPrice.minor',
  'lines[].itemId',
  'lines[].productId',
  'total.currency',
  'total.minor',
  'shippingFee.currency',
  'shippingFee.minor',
  'recipient.name',
  'recipient.phone',
  'recipient.postcode',
  'recipient.address',
  'recipient.addressDetail',
  'recipient.customsCode',
  'recipient.memo',
  'shipping.courierCode',
  'shipping.courierName',
  'shipping.trackingNumber',
  'shipping.shippedAt',
  'shipping.deliveredAt',
  'counterpartyName',
  'timeline[].at',
  'timeline[].label',
  // What the stop-shipment action needs (Coupang cancel receipt); no personal data.
  'cancelRequest.receiptId',
  'cancelRequest.cancelCount',
] as const satisfies readonly LeafPaths<DomainOrder>[];

// Compile-time check that the whitelist and DomainOrder agree: adding a field to DomainOrder
// without deciding whether it may be cached fails the typecheck here.
type MissingOrderFields = Exclude<LeafPaths<DomainOrder>, (typeof ORDER_FIELDS)[number]>;
const orderWhitelistIsComplete: [MissingOrderFields] extends [never] ? true : MissingOrderFields = true;
void orderWhitelistIsComplete;

export interface Projection {
  fields: readonly string[];
  /** PII-bearing kinds are encrypted with the session key and live for the short PII TTL. */
  pii: boolean;
}

export const PROJECTIONS = {
  order: { fields: ORDER_FIELDS, pii: true },
  /** Reference data: the courier list (code + display name). */
  courier: { fields: ['code', 'name'], pii: false },
} as const satisfies Record<string, Projection>;

export type CachedKind = keyof typeof PROJECTIONS;

type Tree = { [k: string]: Tree | true };

const trees = new Map<string, Tree>();

function treeOf(fields: readonly string[]): Tree {
  const root: Tree = {};
  for (const path of fields) {
    const parts = path.replace(/\[\]/g, '.[]').split('.');
    const last = parts.pop()!;
    let node = root;
    for (const part of parts) {
      const child = node[part];
      const next: Tree = child && child !== true ? child : {};
      node[part] = next;
      node = next;
    }
    node[last] = true;
  }
  return root;
}

function tree(kind: CachedKind): Tree {
  const cached = trees.get(kind);
  if (cached) return cached;
  const built = treeOf(PROJECTIONS[kind].fields);
  trees.set(kind, built);
  return built;
}

const isLeaf = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');

function projectNode(value: unknown, node: Tree | true): unknown {
  if (node === true) return isLeaf(value) ? value : undefined; // a leaf path never carries a whole object
  if (node['[]'])
    return Array.isArray(value)
      ? value.map((v) => projectNode(v, node['[]'])).filter((v) => v !== undefined)
      : undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, child] of Object.entries(node)) {
    if (!Object.hasOwn(value, k)) continue;
    const v = projectNode((value as Record<string, unknown>)[k], child);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** Keeps only the whitelisted fields of `value` (a new object; the input is not changed). */
export function projectForCache<K extends CachedKind>(kind: K, value: unknown): unknown {
  return projectNode(value, tree(kind));
}

/** Typed form for orders: the whitelist is exactly DomainOrder, so the type survives. */
export function projectOrder(order: DomainOrder): DomainOrder {
  return projectForCache('order', order) as DomainOrder;
}

/** Leaf paths present in `value` that the kind's whitelist does not allow (for shape tests). */
export function unlistedPaths(kind: CachedKind, value: unknown): string[] {
  const allowed = new Set<string>(PROJECTIONS[kind].fields);
  return leafPaths(value).filter((p) => !allowed.has(p));
}

export function leafPaths(value: unknown, prefix = ''): string[] {
  if (isLeaf(value)) return prefix ? [prefix] : [];
  if (Array.isArray(value)) return [...new Set(value.flatMap((v) => leafPaths(v, `${prefix}[]`)))];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    v === undefined ? [] : leafPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** How long a record of this kind may live, from the seller's bounded settings. */
export function cacheTtlMs(kind: CachedKind, cache: { piiTtlMinutes: number; referenceTtlHours: number }): number {
  return PROJECTIONS[kind].pii ? cache.piiTtlMinutes * 60_000 : cache.referenceTtlHours * 3_600_000;
}
