import type { CategoryMetaView, ProductDraft } from '../../../protocol/messages/products';
import { kstDate } from '../api/kst';

/**
 * The seller's draft (checked by utils/domain/product-draft.ts) → Coupang's product body (§4.3
 * Create). Requested for approval straight away (`requested: true`), as Wing's "승인요청" does.
 * 구매대행 (`agentBuy`): AGENT_BUY delivery, 해외구매대행 items, the buyer's customs code required.
 */

/** `vendorUserId`: the seller's Wing login id (Coupang: "실사용자아이디(쿠팡 Wing ID)"), not the vendor id. */
export function productBody(draft: ProductDraft, meta: CategoryMetaView, vendorUserId: string, now: number) {
  const agent = draft.agentBuy === true;
  const notice = meta.notices.find((n) => n.category === draft.noticeCategory) ?? meta.notices[0];
  const certification = meta.certifications.find((c) => c.required) ?? meta.certifications[0];
  return {
    displayCategoryCode: Number(draft.displayCategoryCode),
    sellerProductName: draft.name,
    vendorUserId,
    saleStartedAt: `${kstDate(now)}T00:00:00`,
    saleEndedAt: '2099-01-01T23:59:59',
    displayProductName: draft.name,
    brand: draft.brand,
    generalProductName: draft.name,
    deliveryMethod: agent ? 'AGENT_BUY' : 'SEQUENCIAL',
    deliveryCompanyCode: draft.deliveryCompanyCode,
    deliveryChargeType: draft.deliveryCharge > 0 ? 'NOT_FREE' : 'FREE',
    deliveryCharge: draft.deliveryCharge,
    freeShipOverAmount: 0,
    deliveryChargeOnReturn: draft.returnCharge,
    returnCharge: draft.returnCharge,
    remoteAreaDeliverable: 'N',
    unionDeliveryType: 'UNION_DELIVERY',
    returnCenterCode: draft.returnCenterCode,
    outboundShippingPlaceCode: Number(draft.outboundShippingPlaceCode),
    requested: true,
    items: draft.items.map((item) => ({
      itemName: item.itemName,
      originalPrice: item.salePrice,
      salePrice: item.salePrice,
      maximumBuyCount: item.stock,
      maximumBuyForPerson: 0,
      maximumBuyForPersonPeriod: 1,
      outboundShippingTimeDay: 2,
      unitCount: 1,
      adultOnly: 'EVERYONE',
      taxType: 'TAX',
      parallelImported: 'NOT_PARALLEL_IMPORTED',
      overseasPurchased: agent ? 'OVERSEAS_PURCHASED' : 'NOT_OVERSEAS_PURCHASED',
      pccNeeded: agent,
      externalVendorSku: item.sellerSku,
      emptyBarcode: true,
      emptyBarcodeReason: '상품확인불가_바코드없음사유',
      attributes: Object.entries(item.attributes)
        .filter(([, v]) => v.trim())
        .map(([attributeTypeName, attributeValueName]) => ({ attributeTypeName, attributeValueName })),
      notices: (notice?.fields ?? []).map((f) => ({
        noticeCategoryName: notice?.category ?? '',
        noticeCategoryDetailName: f.name,
        content: draft.notices[f.name]?.trim() || '상품 상세페이지 참조',
      })),
      certifications: certification
        ? [
            {
              certificationType: certification.type,
              certificationCode: draft.certifications[certification.type]?.trim() ?? '',
            },
          ]
        : [],
      images: [{ imageOrder: 0, imageType: 'REPRESENTATION', vendorPath: draft.imageUrl }],
      contents: [],
      searchTags: [],
      offerCondition: 'NEW',
    })),
    requiredDocuments: [],
  };
}
