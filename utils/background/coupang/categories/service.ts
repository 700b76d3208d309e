import type { CategoryMetaView } from '../../../protocol/messages/catalog';
import type { CoreServices } from '../../core/core';
import { SingleFlight } from '../../core/single-flight';
import { cachedKind } from '../../store/cached-kind';
import type { CoupangClients } from '../client-factory';
import { browseTree, type CategoryTreeRecord, flattenTree, nodeView, toMetaView } from './mapping';

const trees = cachedKind<CategoryTreeRecord>('coupang.categoryTree');
const TREE_ID = 'display';
/** The tree changes rarely and is large: fetched at most once a day (issue 15). */
export const TREE_MAX_AGE_MS = 24 * 3_600_000;

/**
 * Meta of one leaf category (required attributes, notices, certifications), one call through the
 * vendor's queue. Also what a product create form reads to know its required fields.
 */
export async function categoryMeta(
  clients: CoupangClients,
  accountKey: string,
  code: string,
): Promise<CategoryMetaView> {
  const client = await clients.get(accountKey);
  return toMetaView(code, await client.categories.meta(code, { priority: 'interactive' }));
}

/** The category tree (cached reference data), its browser and the name-based recommendation. */
export class CategoryService {
  private fetches = new SingleFlight<CategoryTreeRecord>();

  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
  ) {}

  /** The cached tree while it is under a day old; otherwise one fetch (shared by concurrent callers). */
  async tree(accountKey: string): Promise<CategoryTreeRecord> {
    const now = this.core.now();
    const cached = await trees.get(accountKey, TREE_ID, now);
    if (cached && now - cached.fetchedAt < TREE_MAX_AGE_MS) return cached;
    return this.fetches.run(accountKey, () => this.fetchTree(accountKey));
  }

  private async fetchTree(accountKey: string): Promise<CategoryTreeRecord> {
    const client = await this.clients.get(accountKey);
    const root = await client.categories.tree({}, { priority: 'interactive' });
    const record: CategoryTreeRecord = { fetchedAt: this.core.now(), nodes: flattenTree(root) };
    const ttl = (await this.core.settings.get()).cache;
    await trees.put(accountKey, TREE_ID, record, { now: record.fetchedAt, ttl });
    return record;
  }

  async browse(accountKey: string, opts: { parent?: string; query?: string }) {
    const tree = await this.tree(accountKey);
    const found = browseTree(tree.nodes, opts);
    return {
      fetchedAt: tree.fetchedAt,
      total: tree.nodes.length,
      trail: found.trail.map(nodeView),
      nodes: found.nodes.map(nodeView),
      more: found.more,
    };
  }

  meta(accountKey: string, code: string) {
    return categoryMeta(this.clients, accountKey, code);
  }

  /** Coupang's recommendation for a product name, with the category's place in the tree. */
  async recommend(accountKey: string, productName: string, brand?: string) {
    const client = await this.clients.get(accountKey);
    const p = await client.categories.predict(
      { productName, ...(brand ? { brand } : {}) },
      { priority: 'interactive' },
    );
    const code = p.predictedCategoryId;
    const node = code ? (await this.tree(accountKey)).nodes.find((n) => n.code === code) : undefined;
    return {
      result: p.autoCategorizationPredictionResultType,
      ...(node
        ? { category: nodeView(node) }
        : code
          ? {
              category: {
                code,
                name: p.predictedCategoryName ?? code,
                path: p.predictedCategoryName ?? code,
                leaf: true,
              },
            }
          : {}),
      ...(p.comment ? { comment: p.comment } : {}),
    };
  }
}
