import { ackEnvelope } from '../api/envelope';
import type { CallOptions, Transport } from '../api/transport';
import {
  bySkuResponse,
  createResponse,
  historyResponse,
  type InflowStatus,
  type ItemInventory,
  inflowResponse,
  inventoryResponse,
  type Product,
  type ProductHistoryLine,
  type ProductSummary,
  productListResponse,
  productResponse,
} from './schemas';

/** Products and vendor items (read, price, stock, sale status), §4.3. */

const SELLER = '/v2/providers/seller_api/apis/api/v1/marketplace';

export type ProductStatus =
  | 'IN_REVIEW'
  | 'SAVED'
  | 'APPROVING'
  | 'APPROVED'
  | 'PARTIAL_APPROVED'
  | 'DENIED'
  | 'DELETED';

export interface ListProductsParams {
  nextToken?: string;
  /** 1–100, default 50. */
  maxPerPage?: number;
  status?: ProductStatus;
  sellerProductName?: string;
  /** `yyyy-MM-dd`. */
  createdAt?: string;
  rocketGrowth?: boolean;
}

export function createProductsApi(t: Transport) {
  async function get(sellerProductId: string, options: CallOptions = {}): Promise<Product> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${SELLER}/seller-products/{sellerProductId}`,
      pathParams: { sellerProductId },
      schema: productResponse,
    });
    return body.data;
  }

  async function list(
    params: ListProductsParams = {},
    options: CallOptions = {},
  ): Promise<{ products: ProductSummary[]; nextToken?: string }> {
    const maxPerPage = params.maxPerPage ?? 50;
    if (!(maxPerPage >= 1 && maxPerPage <= 100)) throw new RangeError('maxPerPage must be 1–100');
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${SELLER}/seller-products`,
      query: [
        ['vendorId', t.vendorId],
        ['nextToken', params.nextToken],
        ['maxPerPage', maxPerPage],
        ['status', params.status],
        ['sellerProductName', params.sellerProductName],
        ['createdAt', params.createdAt],
        ['businessTypes', params.rocketGrowth ? 'rocketGrowth' : undefined],
      ],
      schema: productListResponse,
    });
    return { products: body.data, ...(body.nextToken ? { nextToken: body.nextToken } : {}) };
  }

  async function getInventory(vendorItemId: string, options: CallOptions = {}): Promise<ItemInventory> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${SELLER}/vendor-items/{vendorItemId}/inventories`,
      pathParams: { vendorItemId },
      schema: inventoryResponse,
    });
    return body.data;
  }

  async function put(
    path: string,
    pathParams: Record<string, string | number>,
    options: CallOptions,
    query?: Array<[string, string | undefined]>,
  ) {
    await t.call({
      ...options,
      method: 'PUT',
      path: `${SELLER}/vendor-items/{vendorItemId}/${path}`,
      pathParams,
      query,
      schema: ackEnvelope,
    });
  }

  /** Stock quantity of one option. */
  function setStock(vendorItemId: string, quantity: number, options: CallOptions = {}): Promise<void> {
    if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError('quantity must be a whole number ≥ 0');
    return put('quantities/{quantity}', { vendorItemId, quantity }, options);
  }

  /**
   * Sale price in 10-won units. Coupang refuses changes beyond −50 %/+100 % of the current price
   * unless `force` is set — the UI should confirm such a change with the seller first.
   */
  function setPrice(vendorItemId: string, price: number, force = false, options: CallOptions = {}): Promise<void> {
    if (!Number.isSafeInteger(price) || price <= 0 || price % 10 !== 0)
      throw new RangeError('price must be a positive multiple of 10 won');
    return put('prices/{price}', { vendorItemId, price }, options, [
      ['forceSalePriceUpdate', force ? 'true' : undefined],
    ]);
  }

  /** Newest first, one page (a denial's reason is in the newest lines). */
  async function histories(sellerProductId: string, options: CallOptions = {}): Promise<ProductHistoryLine[]> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${SELLER}/seller-products/{sellerProductId}/histories`,
      pathParams: { sellerProductId },
      query: [['maxPerPage', 20]],
      schema: historyResponse,
    });
    return body.data;
  }

  async function inflowStatus(options: CallOptions = {}): Promise<InflowStatus> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${SELLER}/seller-products/inflow-status`,
      schema: inflowResponse,
    });
    return body.data;
  }

  /** The products holding an option with this seller SKU: how an unanswered create is looked up. */
  async function findBySellerSku(sku: string, options: CallOptions = {}): Promise<ProductSummary[]> {
    const body = await t.call({
      ...options,
      method: 'GET',
      path: `${SELLER}/seller-products/external-vendor-sku-codes/{sku}`,
      pathParams: { sku },
      schema: bySkuResponse,
    });
    return body.data;
  }

  /**
   * Registers a product (§4.3 Create); answers the sellerProductId. Never resent after a timeout:
   * the caller looks the product up by its seller SKU instead.
   */
  async function create(body: Record<string, unknown>, options: CallOptions = {}): Promise<string> {
    const answer = await t.call({
      ...options,
      method: 'POST',
      path: `${SELLER}/seller-products`,
      body: { ...body, vendorId: t.vendorId },
      schema: createResponse,
    });
    return answer.data;
  }

  return {
    get,
    list,
    histories,
    inflowStatus,
    findBySellerSku,
    create,
    getInventory,
    setStock,
    setPrice,
    resumeSale: (vendorItemId: string, options: CallOptions = {}) => put('sales/resume', { vendorItemId }, options),
    stopSale: (vendorItemId: string, options: CallOptions = {}) => put('sales/stop', { vendorItemId }, options),
  };
}

export type ProductsApi = ReturnType<typeof createProductsApi>;
