import { z } from 'zod';
import { optionalText } from '../api/common-schemas';
import { openapiEnvelope, sellerEnvelope } from '../api/envelope';

/** Display categories, metadata and prediction, §4.2. */

const categoryCode = z.union([z.string(), z.number()]).transform(String);

export interface CategoryNode {
  displayCategoryCode: string;
  name: string;
  status?: string;
  child: CategoryNode[];
}

const categoryNodeSchema: z.ZodType<CategoryNode> = z.lazy(() =>
  z.object({
    displayCategoryCode: categoryCode,
    name: z.string(),
    status: optionalText,
    child: z
      .array(categoryNodeSchema)
      .nullish()
      .transform((v) => v ?? []),
  }),
) as unknown as z.ZodType<CategoryNode>;

export const categoryTreeResponse = sellerEnvelope(categoryNodeSchema);

export const categoryMetaSchema = z.object({
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
  noticeCategories: z.array(z.unknown()).nullish(),
  requiredDocumentNames: z.array(z.unknown()).nullish(),
  certifications: z.array(z.unknown()).nullish(),
  allowedOfferConditions: z.array(z.string()).nullish(),
});
export type CategoryMeta = z.output<typeof categoryMetaSchema>;

export const categoryMetaResponse = sellerEnvelope(categoryMetaSchema);

export const categoryPredictionSchema = z.object({
  autoCategorizationPredictionResultType: z.string(),
  predictedCategoryId: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v == null ? undefined : String(v))),
  predictedCategoryName: optionalText,
  comment: optionalText,
});
export type CategoryPrediction = z.output<typeof categoryPredictionSchema>;

export const categoryPredictResponse = openapiEnvelope(categoryPredictionSchema);
