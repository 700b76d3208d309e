import type { OfferViewWire, PurchaseAddressWire } from '@/utils/protocol/messages/alibaba';

/** One line of the purchase form: an offer id the seller typed, the offer once looked up, spec and quantity. */
export interface Line {
  id: number;
  offerId: string;
  offer?: OfferViewWire;
  loading?: boolean;
  error?: unknown;
  specId: string;
  quantity: string;
}

export const EMPTY_ADDRESS = {
  fullName: '',
  mobile: '',
  provinceText: '',
  cityText: '',
  areaText: '',
  address: '',
  postCode: '',
};
export type AddressForm = typeof EMPTY_ADDRESS;

let nextLineId = 1;
export const newLine = (offerId = ''): Line => ({ id: nextLineId++, offerId, specId: '', quantity: '1' });

export const isOfferId = (value: string) => /^\d{1,30}$/.test(value.trim());

export function specLabel(sku: OfferViewWire['skus'][number]): string {
  return sku.specs.map((s) => s.value).join(' / ') || sku.skuId;
}

/** The address as the preview takes it; undefined while a required field is empty (the preview is asked without one). */
export function wireAddress(a: AddressForm): PurchaseAddressWire | undefined {
  const required = [a.fullName, a.mobile, a.provinceText, a.cityText, a.address];
  if (required.some((v) => !v.trim())) return undefined;
  return {
    fullName: a.fullName.trim(),
    mobile: a.mobile.trim(),
    provinceText: a.provinceText.trim(),
    cityText: a.cityText.trim(),
    areaText: a.areaText.trim(),
    address: a.address.trim(),
    ...(a.postCode.trim() ? { postCode: a.postCode.trim() } : {}),
  };
}
