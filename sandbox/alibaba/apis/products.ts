import type { ApiDefinition } from '../gateway/api';
import { ok } from '../gateway/api';
import { formatAliDate } from '../time';
import { crossProductInfo, productInfo } from './product-model';

const BIZ_GROUPS = [
  { support: true, code: 'ConsignPurchase', description: '代发采购' },
  { support: false, code: 'CrossBorderPurchase', description: '跨境采购' },
];

/** alibaba.product.get: the authorized seller's own offers only (1688-api.md §4.2). */
export const productGet: ApiDefinition = {
  namespace: 'com.alibaba.product',
  name: 'alibaba.product.get',
  version: 1,
  signed: true,
  needsToken: true,
  handle({ params, member, state }) {
    const id = params.requireLong('productID');
    params.requireStr('webSite');
    const offer = state.catalog.get(id);
    if (!offer || offer.status === 'deleted') {
      return ok({ success: false, errorCode: 'PRODUCT_NOT_EXIST', errMsg: `商品[${id}]不存在` });
    }
    // Another supplier's offer: the cross-border APIs are the only way to read it.
    if (offer.supplierMemberId !== member.memberId) {
      return ok({
        success: false,
        errorCode: 'NO_PERMISSION',
        errMsg: `无权查看商品[${id}]：只能查询当前授权会员自己的商品`,
      });
    }
    return ok({
      success: true,
      productInfo: productInfo(offer),
      bizGroupInfos: BIZ_GROUPS,
      createTime: formatAliDate(offer.createMs),
      lastUpdateTime: formatAliDate(offer.modifyMs),
    });
  },
};

/** alibaba.cross.productInfo: any offer, for a member with a cross-border relationship. */
export const crossProductInfoApi: ApiDefinition = {
  namespace: 'com.alibaba.product',
  name: 'alibaba.cross.productInfo',
  version: 1,
  signed: true,
  needsToken: true,
  handle({ params, member, state }) {
    const id = params.requireLong('productId');
    if (!member.crossBorder) return ok({ success: false, message: '没有该商品的查询权限' });
    const offer = state.catalog.get(id);
    if (!offer || offer.status === 'deleted') return ok({ success: false, message: `商品[${id}]不存在` });
    return ok({ success: true, productInfo: crossProductInfo(offer), bizGroupInfos: BIZ_GROUPS });
  },
};
