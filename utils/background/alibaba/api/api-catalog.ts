/**
 * The 1688 APIs this client calls, with the exact namespace and version from the reference
 * (docs/1688-api.md §4.0). One table so the URL path, the signature path and the error `route`
 * always agree.
 */
export interface ApiRef {
  namespace: string;
  name: string;
  version: number;
}

const api = (namespace: string, name: string, version = 1): ApiRef => ({ namespace, name, version });

export const ALIBABA_APIS = {
  sellerOrderList: api('com.alibaba.trade', 'alibaba.trade.getSellerOrderList'),
  sellerOrderDetail: api('com.alibaba.trade', 'alibaba.trade.get.sellerView'),
  buyerOrderList: api('com.alibaba.trade', 'alibaba.trade.getBuyerOrderList'),
  buyerOrderDetail: api('com.alibaba.trade', 'alibaba.trade.get.buyerView'),
  sellerLogisticsInfos: api('com.alibaba.logistics', 'alibaba.trade.getLogisticsInfos.sellerView'),
  buyerLogisticsInfos: api('com.alibaba.logistics', 'alibaba.trade.getLogisticsInfos.buyerView'),
  sellerLogisticsTrace: api('com.alibaba.logistics', 'alibaba.trade.getLogisticsTraceInfo.sellerView'),
  buyerLogisticsTrace: api('com.alibaba.logistics', 'alibaba.trade.getLogisticsTraceInfo.buyerView'),
  ownProduct: api('com.alibaba.product', 'alibaba.product.get'),
  crossProduct: api('com.alibaba.product', 'alibaba.cross.productInfo'),
  orderPreview: api('com.alibaba.trade', 'alibaba.createOrder.preview'),
  fastCreateOrder: api('com.alibaba.trade', 'alibaba.trade.fastCreateOrder'),
} as const satisfies Record<string, ApiRef>;

/** `param2/{ver}/{ns}/{api}/{appKey}`: both the URL suffix after `/openapi/` and the signature prefix. */
export function apiUrlPath(ref: ApiRef, appKey: string): string {
  return `param2/${ref.version}/${ref.namespace}/${ref.name}/${appKey}`;
}
