import { ackEnvelope } from '../api/envelope';
import type { CallOptions, Transport } from '../api/transport';
import {
  type ItemInventory,
  inventoryResponse,
  type Product,
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

  return {
    get,
    list,
    getInventory,
    setStock,
    setPrice,
    resumeSale: (vendorItemId: string, options: CallOptions = {}) => put('sales/resume', { vendorItemId }, options),
    stopSale: (vendorItemId: string, options: CallOptions = {}) => put('sales/stop', { vendorItemId }, options),
  };
}

export type ProductsApi = ReturnType<typeof createProductsApi>;
