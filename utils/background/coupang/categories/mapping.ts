import type { CategoryMetaView, CategoryNodeView } from '../../../protocol/messages/catalog';
import type { CategoryMeta, CategoryNode } from './schemas';

/** The display-category tree flattened for the cache and the browser; category meta for the view. */

export interface FlatCategory {
  code: string;
  name: string;
  /** Absent at the top level. */
  parent?: string;
  path: string;
  leaf: boolean;
  status?: string;
}

/** The tree as the cache keeps it: reference data, no PII (declared kind `coupang.categoryTree`). */
export interface CategoryTreeRecord {
  fetchedAt: number;
  nodes: FlatCategory[];
}

/** Depth first, parents before children; the root node Coupang answers (code 0, "ROOT") is not a category. */
export function flattenTree(root: CategoryNode): FlatCategory[] {
  const out: FlatCategory[] = [];
  const walk = (node: CategoryNode, parent: FlatCategory | undefined) => {
    const flat: FlatCategory = {
      code: node.displayCategoryCode,
      name: node.name,
      ...(parent ? { parent: parent.code } : {}),
      path: parent ? `${parent.path} > ${node.name}` : node.name,
      leaf: node.child.length === 0,
      ...(node.status ? { status: node.status } : {}),
    };
    out.push(flat);
    for (const c of node.child) walk(c, flat);
  };
  const isRoot = root.displayCategoryCode === '0' || root.name.toUpperCase() === 'ROOT';
  if (isRoot) for (const c of root.child) walk(c, undefined);
  else walk(root, undefined);
  return out;
}

export function nodeView(n: FlatCategory): CategoryNodeView {
  return { code: n.code, name: n.name, path: n.path, leaf: n.leaf, ...(n.status ? { status: n.status } : {}) };
}

const MAX_LISTED = 100;

/**
 * Children of `parent` (top level without), or every node whose name or path holds each word of
 * `query` (any case), leaves first, at most 100.
 */
export function browseTree(nodes: FlatCategory[], opts: { parent?: string; query?: string }) {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const trail: FlatCategory[] = [];
  for (
    let at = opts.parent ? byCode.get(opts.parent) : undefined;
    at;
    at = at.parent ? byCode.get(at.parent) : undefined
  )
    trail.unshift(at);
  const words = (opts.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matched = words.length
    ? nodes
        .filter(
          (n) =>
            words.every((w) => n.path.toLowerCase().includes(w)) && words.some((w) => n.name.toLowerCase().includes(w)),
        )
        .sort((a, b) => Number(b.leaf) - Number(a.leaf) || a.path.localeCompare(b.path))
    : nodes.filter((n) => n.parent === opts.parent);
  return { trail, nodes: matched.slice(0, MAX_LISTED), more: matched.length > MAX_LISTED };
}

const isRequired = (v: string | undefined) => v === 'MANDATORY' || v === 'true' || v === 'REQUIRED';

/** Category meta as the view and the product form use it: what is required, in Coupang's words. */
export function toMetaView(code: string, m: CategoryMeta): CategoryMetaView {
  return {
    code,
    allowSingleItem: m.isAllowSingleItem ?? true,
    offerConditions: m.allowedOfferConditions ?? [],
    attributes: m.attributes.map((a) => ({
      name: a.attributeTypeName,
      required: isRequired(a.required),
      ...(a.dataType ? { dataType: a.dataType } : {}),
      ...(a.inputType ? { inputType: a.inputType } : {}),
      values: a.inputValues ?? [],
      units: (a.usableUnits ?? []).filter((u) => u && u !== '없음'),
      exposed: a.exposed === 'EXPOSED',
    })),
    notices: m.noticeCategories.map((n) => ({
      name: n.noticeCategoryName ?? '',
      fields: n.noticeCategoryDetailNames.map((d) => ({
        name: d.noticeCategoryDetailName ?? '',
        required: isRequired(d.required),
      })),
    })),
    documents: m.requiredDocumentNames.map((d) => ({ name: d.templateName ?? '', required: isRequired(d.required) })),
    certifications: m.certifications.map((c) => ({
      type: c.certificationType ?? '',
      name: c.name ?? c.certificationType ?? '',
      required: isRequired(c.required),
    })),
  };
}
