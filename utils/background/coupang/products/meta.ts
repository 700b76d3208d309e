import { z } from 'zod';
import type { CategoryMetaView } from '../../../protocol/messages/products';
import type { CategoryMeta } from '../categories/schemas';

/**
 * Category meta (§4.2) → what the create form asks for. The categories client keeps notices,
 * certifications and documents as unknown JSON; their documented shapes are read here, leniently
 * (an entry that does not fit is left out, not fatal).
 */
const required = z.lazy(() =>
  z
    .string()
    .nullish()
    .transform((v) => v === 'MANDATORY'),
);
const notice = z.lazy(() =>
  z.object({
    noticeCategoryName: z.string(),
    noticeCategoryDetailNames: z
      .array(z.object({ noticeCategoryDetailName: z.string(), required }))
      .nullish()
      .transform((v) => v ?? []),
  }),
);
const certification = z.lazy(() => z.object({ certificationType: z.string(), name: z.string().nullish(), required }));
const document = z.lazy(() => z.object({ templateName: z.string(), required }));

function each<T>(schema: z.ZodType<T>, list: unknown[] | null | undefined): T[] {
  return (list ?? []).flatMap((x) => {
    const parsed = schema.safeParse(x);
    return parsed.success ? [parsed.data] : [];
  });
}

export function toCategoryMetaView(code: string, meta: CategoryMeta): CategoryMetaView {
  return {
    displayCategoryCode: code,
    attributes: meta.attributes.map((a) => ({
      name: a.attributeTypeName,
      required: a.required === 'MANDATORY',
      exposed: a.exposed === 'EXPOSED' || (a.exposed === undefined && a.groupNumber !== 'NONE'),
      ...(a.dataType ? { dataType: a.dataType } : {}),
      ...(a.basicUnit && a.basicUnit !== '없음' ? { unit: a.basicUnit } : {}),
      values: a.inputValues ?? [],
    })),
    notices: each(notice, meta.noticeCategories).map((n) => ({
      category: n.noticeCategoryName,
      fields: n.noticeCategoryDetailNames.map((d) => ({ name: d.noticeCategoryDetailName, required: d.required })),
    })),
    certifications: each(certification, meta.certifications).map((c) => ({
      type: c.certificationType,
      name: c.name ?? c.certificationType,
      required: c.required,
    })),
    documents: each(document, meta.requiredDocumentNames).map((d) => ({ name: d.templateName, required: d.required })),
  };
}
