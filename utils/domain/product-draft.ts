import type { CategoryMetaView, ProductDraft } from '../protocol/messages/products';

/**
 * The checks Coupang makes on a new product against its category meta (coupang-api.md §4.2–4.3):
 * prices in 10-won steps, every required buy option, notice field and certification filled, each
 * seller SKU once. The page shows them as the seller types; the background refuses a draft that
 * fails them before anything is queued.
 */
export type DraftProblem = { code: string; params?: Record<string, string | number> };

export function draftProblems(draft: ProductDraft, meta: CategoryMetaView): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const skus = new Set<string>();
  draft.items.forEach((item, i) => {
    const row = i + 1;
    if (item.salePrice % 10 !== 0) problems.push({ code: 'PRICE_NOT_10_WON', params: { row, value: item.salePrice } });
    if (skus.has(item.sellerSku)) problems.push({ code: 'DUPLICATE_SKU', params: { row, value: item.sellerSku } });
    skus.add(item.sellerSku);
    for (const a of meta.attributes)
      if (a.required && !item.attributes[a.name]?.trim())
        problems.push({ code: 'MISSING_ATTRIBUTE', params: { row, name: a.name } });
  });
  const notice = meta.notices.find((n) => n.category === draft.noticeCategory) ?? meta.notices[0];
  for (const f of notice?.fields ?? [])
    if (f.required && !draft.notices[f.name]?.trim())
      problems.push({ code: 'MISSING_NOTICE', params: { name: f.name } });
  for (const c of meta.certifications)
    if (c.required && c.type !== 'NOT_REQUIRED' && !draft.certifications[c.type]?.trim())
      problems.push({ code: 'MISSING_CERTIFICATION', params: { name: c.name } });
  return problems;
}
