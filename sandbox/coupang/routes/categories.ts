import { type Context, Hono } from 'hono';
import { CATEGORY_ROOT, type CategoryNode, findCategory, LEAF_META, leafMeta } from '../data/categories';
import type { CoupangEnv } from '../env';
import { openapiError, openapiOk, sellerError, sellerOk } from '../envelopes';
import { BadJson, isObject, readJson, toStr } from '../request';
import { vendorMismatch } from '../vendor-guard';

/**
 * Categories (reference §4.2): the display tree (whole or one level), validity, per-category
 * meta, auto-matching consent and the name-based recommendation. Samples name the code field
 * `displayItemCategoryCode` although the field tables say `displayCategoryCode`; the samples are
 * what the service returns.
 */
function hasRocketGrowth(node: CategoryNode): boolean {
  return node.rocketGrowth || node.children.some(hasRocketGrowth);
}

function renderTree(node: CategoryNode, depth: number, rfmOnly: boolean): Record<string, unknown> {
  const children = rfmOnly ? node.children.filter(hasRocketGrowth) : node.children;
  return {
    displayItemCategoryCode: node.code,
    name: node.name,
    status: node.status,
    child: depth === 0 ? [] : children.map((c) => renderTree(c, depth - 1, rfmOnly)),
  };
}

function categoryParam(c: Context): CategoryNode | Response {
  const raw = c.req.param('code') ?? '';
  if (!/^\d+$/.test(raw)) return sellerError(400, '노출카테고리코드는 숫자형으로 입력해주세요.');
  const node = findCategory(Number(raw));
  return node ?? sellerError(400, `전시카테고리[${raw}]를 찾을 수 없습니다. 전시카테고리코드를 확인해 주세요.`);
}

function meta(c: Context): Response {
  const node = categoryParam(c);
  if (node instanceof Response) return node;
  const m = leafMeta(node.code);
  if (!m) return sellerError(400, `최하위 노출카테고리가 아닙니다. displayCategoryCode=${node.code}`);
  return sellerOk({
    isAllowSingleItem: true,
    attributes: m.attributes.map((a, i) => ({
      attributeTypeName: a.name,
      required: a.required ? 'MANDATORY' : 'OPTIONAL',
      dataType: a.dataType,
      basicUnit: a.unit ?? '없음',
      usableUnits: a.unit ? [a.unit] : [],
      inputType: 'INPUT',
      inputValues: [],
      groupNumber: a.exposed ? String(i + 1) : 'NONE',
      exposed: a.exposed ? 'EXPOSED' : 'NONE',
    })),
    noticeCategories: [
      {
        noticeCategoryName: m.notice,
        noticeCategoryDetailNames: [
          { noticeCategoryDetailName: '품명 및 모델명', required: 'MANDATORY' },
          { noticeCategoryDetailName: '제조국(원산지)', required: 'MANDATORY' },
          { noticeCategoryDetailName: '제조자(수입자)', required: 'MANDATORY' },
          { noticeCategoryDetailName: '소비자상담 관련 전화번호', required: 'MANDATORY' },
        ],
      },
    ],
    requiredDocumentNames: [{ templateName: '기타인증서류', required: 'OPTIONAL' }],
    certifications: [
      {
        certificationType: m.certification,
        name: m.certification === 'NOT_REQUIRED' ? '인증대상아님' : 'KC 인증',
        dataType: 'CODE',
        required: m.certification === 'NOT_REQUIRED' ? 'OPTIONAL' : 'MANDATORY',
      },
    ],
    allowedOfferConditions: ['NEW', 'REFURBISHED', 'USED_BEST', 'USED_GOOD', 'USED_NORMAL'],
  });
}

async function predict(c: Context<CoupangEnv>): Promise<Response> {
  let b: unknown;
  try {
    b = await readJson(c);
  } catch (e) {
    if (e instanceof BadJson) return openapiError(400, e.message);
    throw e;
  }
  const name = isObject(b) ? (toStr(b.productName) ?? '').trim() : '';
  if (!name) return openapiError(400, 'Input product name should not be empty!');
  const text = [name, isObject(b) ? toStr(b.productDescription) : '', isObject(b) ? toStr(b.brand) : '']
    .join(' ')
    .toLowerCase();
  let best: { code: number; score: number } | null = null;
  for (const m of LEAF_META) {
    const score = m.keywords.filter((k) => text.includes(k.toLowerCase())).length;
    if (score > 0 && (!best || score > best.score)) best = { code: m.code, score };
  }
  if (!best)
    return openapiOk({
      autoCategorizationPredictionResultType: name.length < 4 ? 'INSUFFICIENT_INFORMATION' : 'FAILURE',
      predictedCategoryId: null,
      predictedCategoryName: null,
      comment: '상품명에 상품 유형을 알 수 있는 정보를 추가해 주세요.',
    });
  return openapiOk({
    autoCategorizationPredictionResultType: 'SUCCESS',
    predictedCategoryId: String(best.code),
    predictedCategoryName: findCategory(best.code)?.name ?? '',
    comment: null,
  });
}

export function categoryRoutes(): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  const meta_ = '/v2/providers/seller_api/apis/api/v1/marketplace/meta';
  app.get(`${meta_}/display-categories`, (c) => {
    const type = c.req.query('registrationType');
    if (type && type !== 'RFM' && type !== 'CGF') return sellerError(400, `Invalid registrationType: ${type}`);
    return sellerOk(renderTree(CATEGORY_ROOT, Number.POSITIVE_INFINITY, !!type));
  });
  app.get(`${meta_}/display-categories/:code/status`, (c) => {
    const node = categoryParam(c);
    if (node instanceof Response) return node;
    return sellerOk(String(node.status === 'ACTIVE' && node.children.length === 0));
  });
  app.get(`${meta_}/display-categories/:code`, (c) => {
    const node = categoryParam(c);
    if (node instanceof Response) return node;
    return sellerOk(renderTree(node, 1, false));
  });
  app.get(`${meta_}/category-related-metas/display-category-codes/:code`, meta);
  app.get(
    '/v2/providers/seller_api/apis/api/v1/marketplace/vendors/:vendorId/check-auto-category-agreed',
    (c) =>
      vendorMismatch(c, c.req.param('vendorId'), 'seller_api') ??
      sellerOk(String(c.get('vendorData').autoCategoryAgreed)),
  );
  app.post('/v2/providers/openapi/apis/api/v1/categorization/predict', predict);
  return app;
}
