import { z } from 'zod';
import { optionalText } from '../api/common-schemas';
import { openapiEnvelope, sellerEnvelope } from '../api/envelope';

/** Display categories, metadata and prediction, §4.2. */

const categoryCode = z.lazy(() => z.union([z.string(), z.number()]).transform(String));

export interface CategoryNode {
  displayCategoryCode: string;
  name: string;
  status?: string;
  child: CategoryNode[];
}

/**
 * The field tables name the code `displayCategoryCode`, the service's samples
 * `displayItemCategoryCode`: either is read.
 */
const categoryNodeSchema: z.ZodType<CategoryNode> = z.lazy(() =>
  z
    .object({
      displayCategoryCode: categoryCode.optional(),
      displayItemCategoryCode: categoryCode.optional(),
      name: z.string(),
      status: optionalText,
      child: z
        .array(categoryNodeSchema)
        .nullish()
        .transform((v) => v ?? []),
    })
    .transform((n, ctx) => {
      const code = n.displayCategoryCode ?? n.displayItemCategoryCode;
      if (code === undefined) {
        ctx.addIssue({ code: 'custom', message: 'a category without its code' });
        return z.NEVER;
      }
      return { displayCategoryCode: code, name: n.name, status: n.status, child: n.child };
    }),
) as unknown as z.ZodType<CategoryNode>;

export const categoryTreeResponse = sellerEnvelope(categoryNodeSchema);

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

export const categoryMetaSchema = z.lazy(() =>
  z.object({
    isAllowSingleItem: z.boolean().nullish(),
    attributes: z
      .array(
        z.object({
          attributeTypeName: z.string(),
          required: optionalText,
          dataType: optionalText,
          basicUnit: optionalText,
          usableUnits: z.array(z.string()).nullish(),
          inputType: optionalText,
          inputValues: z.array(z.string()).nullish(),
          groupNumber: optionalText,
          exposed: optionalText,
        }),
      )
      .nullish()
      .transform((v) => v ?? []),
    noticeCategories: list(
      z.object({
        noticeCategoryName: optionalText,
        noticeCategoryDetailNames: list(z.object({ noticeCategoryDetailName: optionalText, required: optionalText })),
      }),
    ),
    requiredDocumentNames: list(z.object({ templateName: optionalText, required: optionalText })),
    certifications: list(
      z.object({ certificationType: optionalText, name: optionalText, dataType: optionalText, required: optionalText }),
    ),
    allowedOfferConditions: z.array(z.string()).nullish(),
  }),
);
export type CategoryMeta = z.output<typeof categoryMetaSchema>;

export const categoryMetaResponse = sellerEnvelope(categoryMetaSchema);

export const categoryPredictionSchema = z.lazy(() =>
  z.object({
    autoCategorizationPredictionResultType: z.string(),
    predictedCategoryId: z
      .union([z.string(), z.number()])
      .nullish()
      .transform((v) => (v == null ? undefined : String(v))),
    predictedCategoryName: optionalText,
    comment: optionalText,
  }),
);
export type CategoryPrediction = z.output<typeof categoryPredictionSchema>;

export const categoryPredictResponse = openapiEnvelope(categoryPredictionSchema);
