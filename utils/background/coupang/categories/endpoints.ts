import type { CallOptions, Transport } from '../api/transport';
import {
  type CategoryMeta,
  type CategoryNode,
  type CategoryPrediction,
  categoryMetaResponse,
  categoryPredictResponse,
  categoryTreeResponse,
} from './schemas';

/** Display categories, §4.2. The tree is large: callers should cache it. */

const META = '/v2/providers/seller_api/apis/api/v1/marketplace/meta';

export interface PredictInput {
  productName: string;
  productDescription?: string;
  brand?: string;
  attributes?: Record<string, string>;
  sellerSkuCode?: string;
}

export function createCategoriesApi(t: Transport) {
  async function tree(
    params: { registrationType?: 'RFM' | 'CGF' } = {},
    options: CallOptions = {},
  ): Promise<CategoryNode> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${META}/display-categories`,
      query: [['registrationType', params.registrationType]],
      schema: categoryTreeResponse,
      heavy: true,
    });
    return body.data;
  }

  async function meta(displayCategoryCode: string, options: CallOptions = {}): Promise<CategoryMeta> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${META}/category-related-metas/display-category-codes/{displayCategoryCode}`,
      pathParams: { displayCategoryCode },
      schema: categoryMetaResponse,
    });
    return body.data;
  }

  /** A POST that changes nothing, so it is retried like a read. */
  async function predict(input: PredictInput, options: CallOptions = {}): Promise<CategoryPrediction> {
    const body = await t.call({
      ...options,
      method: 'POST',
      kind: 'read',
      path: '/v2/providers/openapi/apis/api/v1/categorization/predict',
      body: input,
      schema: categoryPredictResponse,
    });
    return body.data;
  }

  return { tree, meta, predict };
}

export type CategoriesApi = ReturnType<typeof createCategoriesApi>;
