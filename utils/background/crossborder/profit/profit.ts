import type { CrossborderProfit } from '../../../protocol/messages/crossborder';

/** Korea's list-clearance limit for personal imports (목록통관, USD 150; USD 200 from the US is not modelled). */
export const LIST_CLEARANCE_USD_CENTS = 15_000;

export interface CoupangFigures {
  basis: 'actual' | 'estimated';
  sale: number;
  shippingFee: number;
  /** Commission, its VAT and the shipping-fee commission, won. */
  fees: number;
  sellerDiscount: number;
  /** What Coupang settles: sale + shipping fee − fees − seller discounts. */
  settlement: number;
}

export interface ProfitInput {
  coupang: CoupangFigures;
  /** 1688 goods and freight of this order, fen (absent: not purchased yet or 1688 disconnected). */
  goodsFen?: number;
  freightFen?: number;
  /** Won per yuan stored with the purchase. */
  krwPerCny?: number;
  forwarderKrw: number;
  otherKrw: number;
  krwPerUsd: number;
  dutyPercent: number;
  vatPercent: number;
  /** The customs values (US cents) of the same customer's other orders of the same KST day. */
  sameDayOtherUsdCents: number;
}

const round = (x: number) => Math.round(x);

/** US cents of a won amount at the seller's rate. */
export function usdCents(krw: number, krwPerUsd: number): number {
  return round((krw * 100) / krwPerUsd);
}

/** Won of a fen amount at a won-per-yuan rate, rounded to the won. */
export function fenToKrw(fenAmount: number, krwPerCny: number): number {
  return round((fenAmount * krwPerCny) / 100);
}

/**
 * Profit of one 구매대행 order, to the won:
 * profit = Coupang settlement − 1688 goods − 1688 freight − forwarder fee − other costs − duty − import VAT.
 *
 * The USD 150 test reads the goods price (물품가격, what the customer's parcel is declared at):
 * the 1688 goods at the stored rate, in dollars at the seller's rate. At or under it, the parcel
 * clears by list with no duty or VAT. Over it, duty is on the dutiable value (goods + 1688 freight
 * + the forwarder's international fee) and VAT on that value plus duty. Same-day orders of one
 * customer that together cross the limit are flagged (customs may add them up), not taxed here.
 */
export function crossborderProfit(i: ProfitInput): CrossborderProfit {
  const rate = i.krwPerCny;
  const costKnown = i.goodsFen !== undefined && rate !== undefined;
  const goodsKrw = costKnown ? fenToKrw(i.goodsFen ?? 0, rate) : 0;
  const freightKrw = costKnown && i.freightFen !== undefined ? fenToKrw(i.freightFen, rate) : 0;
  const customsValueUsdCents = usdCents(goodsKrw, i.krwPerUsd);
  const overThreshold = customsValueUsdCents > LIST_CLEARANCE_USD_CENTS;
  const dutiable = goodsKrw + freightKrw + i.forwarderKrw;
  const dutyKrw = overThreshold ? round((dutiable * i.dutyPercent) / 100) : 0;
  const importVatKrw = overThreshold ? round(((dutiable + dutyKrw) * i.vatPercent) / 100) : 0;
  const combinedOverThreshold =
    !overThreshold &&
    costKnown &&
    i.sameDayOtherUsdCents > 0 &&
    customsValueUsdCents + i.sameDayOtherUsdCents > LIST_CLEARANCE_USD_CENTS;
  const c = i.coupang;
  const profit = c.settlement - goodsKrw - freightKrw - i.forwarderKrw - i.otherKrw - dutyKrw - importVatKrw;
  return {
    basis: c.basis,
    sale: c.sale,
    shippingFee: c.shippingFee,
    coupangFees: c.fees,
    sellerDiscount: c.sellerDiscount,
    settlement: c.settlement,
    ...(i.goodsFen !== undefined ? { goodsFen: i.goodsFen } : {}),
    ...(i.freightFen !== undefined ? { freightFen: i.freightFen } : {}),
    ...(rate !== undefined ? { krwPerCny: rate } : {}),
    goodsKrw,
    freightKrw,
    forwarderKrw: i.forwarderKrw,
    otherKrw: i.otherKrw,
    customsValueUsdCents,
    dutyKrw,
    importVatKrw,
    combinedOverThreshold,
    costKnown,
    profit,
  };
}
