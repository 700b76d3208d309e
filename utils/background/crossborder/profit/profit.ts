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

/** One 1688 purchase's part of an order: its goods and freight (fen) and the rate stored with it. */
export interface PurchaseCost {
  /** Absent: not known yet, or 1688 disconnected. */
  goodsFen?: number;
  freightFen?: number;
  /** Won per yuan stored with this purchase. */
  krwPerCny?: number;
}

export interface ProfitInput {
  coupang: CoupangFigures;
  /** The order's 1688 purchases (one per supplier); none: not purchased yet. */
  purchases: readonly PurchaseCost[];
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

/** A sum over purchases of a fen amount, each converted at its own rate and rounded to the won. */
function sumKrw(purchases: readonly PurchaseCost[], fen: (p: PurchaseCost) => number | undefined): number {
  return purchases.reduce((n, p) => n + (p.krwPerCny === undefined ? 0 : fenToKrw(fen(p) ?? 0, p.krwPerCny)), 0);
}

/**
 * Profit of one 구매대행 order, to the won:
 * profit = Coupang settlement − 1688 goods − 1688 freight − forwarder fee − other costs − duty − import VAT.
 *
 * An order filled by several 1688 suppliers costs the sum of its purchases, each purchase's goods
 * and freight converted at the rate stored with that purchase (rounded to the won per purchase).
 * Its cost is known only when every purchase's goods and rate are.
 *
 * The USD 150 test reads the goods price (물품가격, what the customer's parcel is declared at):
 * the 1688 goods at the stored rate, in dollars at the seller's rate. At or under it, the parcel
 * clears by list with no duty or VAT. Over it, duty is on the dutiable value (goods + 1688 freight
 * + the forwarder's international fee) and VAT on that value plus duty. Same-day orders of one
 * customer that together cross the limit are flagged (customs may add them up), not taxed here.
 */
export function crossborderProfit(i: ProfitInput): CrossborderProfit {
  const ps = i.purchases;
  const costKnown = ps.length > 0 && ps.every((p) => p.goodsFen !== undefined && p.krwPerCny !== undefined);
  const goodsKrw = costKnown ? sumKrw(ps, (p) => p.goodsFen) : 0;
  const freightKrw = costKnown ? sumKrw(ps, (p) => p.freightFen) : 0;
  const sumFen = (f: (p: PurchaseCost) => number | undefined) =>
    ps.some((p) => f(p) !== undefined) ? ps.reduce((n, p) => n + (f(p) ?? 0), 0) : undefined;
  const goodsFen = sumFen((p) => p.goodsFen);
  const freightFen = sumFen((p) => p.freightFen);
  // One rate to show when every purchase was made at it (several: each is in its own purchase).
  const rates = new Set(ps.flatMap((p) => (p.krwPerCny === undefined ? [] : [p.krwPerCny])));
  const rate = rates.size === 1 ? [...rates][0] : undefined;
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
    ...(goodsFen !== undefined ? { goodsFen } : {}),
    ...(freightFen !== undefined ? { freightFen } : {}),
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
