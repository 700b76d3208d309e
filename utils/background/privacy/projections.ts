import type { DomainOrder } from '../../domain/order';
import { CACHED_KINDS, type CachedKindId, STORED_ITEMS } from '../store/registry';

/**
 * Minimum data (compliance C5): every API-derived value is projected to its kind's whitelisted
 * fields (declared in store/registry.ts) before it is cached, so a field the views never use
 * cannot reach IndexedDB even if a mapper starts passing it through.
 */
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

function tree(kind: CachedKindId): Tree {
  const cached = trees.get(kind);
  if (cached) return cached;
  const built = treeOf(CACHED_KINDS[kind].fields);
  trees.set(kind, built);
  return built;
}

const isLeaf = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');

function projectNode(value: unknown, node: Tree | true): unknown {
  if (node === true) return isLeaf(value) ? value : undefined; // a leaf path never carries a whole object
  const items = node['[]'];
  if (items)
    return Array.isArray(value) ? value.map((v) => projectNode(v, items)).filter((v) => v !== undefined) : undefined;
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
export function projectForCache(kind: CachedKindId, value: unknown): unknown {
  return projectNode(value, tree(kind));
}

/** Typed form for orders: the whitelist is exactly DomainOrder, so the type survives. */
export function projectOrder(order: DomainOrder): DomainOrder {
  return projectForCache('order', order) as DomainOrder;
}

/** Leaf paths present in `value` that the kind's whitelist does not allow (for shape tests). */
export function unlistedPaths(kind: CachedKindId, value: unknown): string[] {
  const allowed = new Set<string>(CACHED_KINDS[kind].fields);
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
export function cacheTtlMs(kind: CachedKindId, cache: { piiTtlMinutes: number; referenceTtlHours: number }): number {
  const ttl = CACHED_KINDS[kind].pii ? cache.piiTtlMinutes * 60_000 : cache.referenceTtlHours * 3_600_000;
  // Never past what the registry declares for the whole cache.
  return Math.min(ttl, STORED_ITEMS.cache.ttlMs);
}
