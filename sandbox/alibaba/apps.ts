/**
 * The 1688 apps registered on the sandbox. Every business API must be granted to an app (through a
 * purchased "solution"); a call to an API outside the grant answers gw.APIACLDecline.
 */
export interface RegisteredApp {
  appKey: string;
  appSecret: string;
  name: string;
  /** Granted APIs as `namespace:apiName-version`. */
  acl: ReadonlySet<string>;
}

/** Every API the sandbox implements, in the doc's `namespace:apiName-version` notation. */
export const ALL_APIS = [
  'com.alibaba.account:alibaba.account.basic-1',
  'com.alibaba.product:alibaba.product.get-1',
  'com.alibaba.product:alibaba.cross.productInfo-1',
  'com.alibaba.trade:alibaba.trade.getSellerOrderList-1',
  'com.alibaba.trade:alibaba.trade.get.sellerView-1',
  'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1',
  'com.alibaba.trade:alibaba.trade.get.buyerView-1',
  'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.sellerView-1',
  'com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1',
  'com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.sellerView-1',
  'com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView-1',
  'com.alibaba.trade:alibaba.createOrder.preview-1',
  'com.alibaba.trade:alibaba.trade.fastCreateOrder-1',
  'system:currentTimeMillis-1',
] as const;

/** The demo app printed on startup: granted every implemented API. */
export const MAIN_APP: RegisteredApp = {
  appKey: '7384921',
  appSecret: 'kQ7rT2xW9pLm',
  name: 'Crossdock 沙箱应用',
  acl: new Set(ALL_APIS),
};

/**
 * An app whose solution only covers reading the seller's orders, so product, logistics and
 * purchase calls answer gw.APIACLDecline (the most common first-run failure on the real platform).
 */
export const RESTRICTED_APP: RegisteredApp = {
  appKey: '5529013',
  appSecret: 'Rz4nV8cJ1sYb',
  name: '受限应用（仅订单查询）',
  acl: new Set([
    'com.alibaba.account:alibaba.account.basic-1',
    'com.alibaba.trade:alibaba.trade.getSellerOrderList-1',
    'com.alibaba.trade:alibaba.trade.get.sellerView-1',
    'system:currentTimeMillis-1',
  ]),
};

/**
 * The AppKey/AppSecret of the doc's signature test vectors (1688-api.md §2.5), registered so a
 * test can send vector B to the gateway byte for byte.
 */
export const DOC_EXAMPLE_APP: RegisteredApp = {
  appKey: '1000000',
  appSecret: 'test123',
  name: '文档示例应用',
  acl: new Set(ALL_APIS),
};

export const APPS: ReadonlyMap<string, RegisteredApp> = new Map(
  [MAIN_APP, RESTRICTED_APP, DOC_EXAMPLE_APP].map((a) => [a.appKey, a]),
);
