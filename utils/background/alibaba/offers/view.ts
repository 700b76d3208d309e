import type { Money } from '../../../domain/money';

/**
 * What the helper panel shows about a 1688 offer, from `alibaba.product.get` (own offers) or
 * `alibaba.cross.productInfo` (other suppliers' offers). No images: C16 (no republishing of
 * 1688 images) and the panel does not need them.
 */
export interface OfferPriceTier {
  /** The tier applies from this quantity up. */
  minQty: number;
  price: Money;
}

export interface OfferSkuSpec {
  name: string;
  value: string;
}

export interface OfferSku {
  skuId: string;
  /** 32-hex id, unique within the offer; what order preview/creation needs (`cargoParamList.specId`). */
  specId?: string;
  specs: OfferSkuSpec[];
  /** Absent when the offer is priced by quantity tiers only. */
  price?: Money;
  stock?: number;
}

export interface OfferView {
  id: string;
  /** `own`: the connected seller's offer; `cross`: another supplier's, via the cross-border API. */
  source: 'own' | 'cross';
  title: string;
  status?: string;
  priceTiers: OfferPriceTier[];
  minOrderQty: number;
  stock?: number;
  unit?: string;
  supplier: { name: string; memberId?: string };
  shipFrom: { province: string; city: string };
  skus: OfferSku[];
}
