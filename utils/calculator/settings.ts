/**
 * The seller's calculator settings (persisted by the background as `calculatorSettings`) and the
 * defaults a first-time seller starts from. Plain data, no zod: the content script imports this.
 */

/**
 * Coupang sales commission by category, in percent of the sale price (VAT included). Starting
 * points only — Coupang's table changes and has sub-category exceptions, so the seller can
 * overwrite the percent; the category just picks the default.
 */
export const COUPANG_COMMISSION_DEFAULTS = [
  { id: 'general', percent: 10.8 },
  { id: 'fashion', percent: 10.5 },
  { id: 'beauty', percent: 9.6 },
  { id: 'baby', percent: 10.0 },
  { id: 'food', percent: 10.6 },
  { id: 'kitchen', percent: 10.8 },
  { id: 'living', percent: 7.8 },
  { id: 'interior', percent: 10.8 },
  { id: 'digital', percent: 7.8 },
  { id: 'sports', percent: 10.8 },
  { id: 'car', percent: 10.0 },
  { id: 'toys', percent: 10.8 },
  { id: 'stationery', percent: 10.8 },
  { id: 'pets', percent: 10.8 },
  { id: 'health', percent: 7.6 },
] as const;

export type CommissionCategory = (typeof COUPANG_COMMISSION_DEFAULTS)[number]['id'];

export const COMMISSION_CATEGORY_IDS = COUPANG_COMMISSION_DEFAULTS.map((c) => c.id) as [
  CommissionCategory,
  ...CommissionCategory[],
];

export function defaultCommission(category: string): number {
  return (COUPANG_COMMISSION_DEFAULTS.find((c) => c.id === category) ?? COUPANG_COMMISSION_DEFAULTS[0]).percent;
}

export interface CalculatorSettings {
  /** Won per yuan and the date the seller took it from (yyyy-mm-dd); absent until the seller sets it. */
  rate?: { krwPerCny: number; date: string };
  shipping: { mode: 'perUnit' | 'perKg'; perUnitKrw: number; perKgKrw: number };
  dutyPercent: number;
  vatPercent: number;
  category: CommissionCategory;
  commissionPercent: number;
  coupangShippingFeeKrw: number;
  /** VAT on Coupang's commissions, percent (10 when absent). */
  feeVatPercent?: number;
  /** Coupang's commission on the shipping fee the buyer pays, percent (3 when absent). */
  shippingFeeCommissionPercent?: number;
}

export const DEFAULT_CALCULATOR_SETTINGS: CalculatorSettings = {
  shipping: { mode: 'perKg', perUnitKrw: 0, perKgKrw: 7000 },
  // Korea's basic tariff for most manufactured goods; clothing is 13 %, many electronics 0–8 %.
  dutyPercent: 8,
  vatPercent: 10,
  category: 'general',
  commissionPercent: 10.8,
  coupangShippingFeeKrw: 3000,
};

/** The seller's own numbers for one offer (what "Add to sourcing list" keeps with the offer id). */
export interface OfferInputs {
  quantity: number;
  unitWeightKg?: number;
  salePriceKrw?: number;
  /** The seller's own unit price (fen), when they override the tier price. */
  unitPriceFenOverride?: number;
}
