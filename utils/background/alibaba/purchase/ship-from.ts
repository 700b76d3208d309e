/**
 * `shippingInfo.sendGoodsAddressText` → {province, city}. 1688 writes it free-form:
 * "浙江省 金华市", "浙江省金华市义乌市", "上海市". Unknown shapes keep the whole text as province.
 */
const MUNICIPALITY = /^(北京|上海|天津|重庆)市?/;
const PROVINCE_CITY = /^(.+?(?:省|自治区|特别行政区))(.+?(?:市|自治州|地区|盟))?/;

export function parseShipFrom(text: string | undefined): { province: string; city: string } {
  const t = (text ?? '').trim();
  if (t === '') return { province: '', city: '' };
  const parts = t.split(/\s+/);
  if (parts.length >= 2) return { province: parts[0]!, city: parts[1]! };
  const muni = MUNICIPALITY.exec(t);
  if (muni) return { province: `${muni[1]}市`, city: `${muni[1]}市` };
  const m = PROVINCE_CITY.exec(t);
  if (m) return { province: m[1]!, city: m[2] ?? '' };
  return { province: t, city: '' };
}
