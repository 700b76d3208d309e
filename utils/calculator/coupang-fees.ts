import { mulDivRound, toScaled } from './landed-cost';

/**
 * How Coupang charges a sale, in whole won with integer arithmetic (no float drift): a commission
 * of a percent of the amount, rounded half-up to the won, then VAT on that commission, rounded
 * half-up on its own. The same rule applies to the item sale (the category's sales commission)
 * and to the buyer-paid shipping fee (the shipping-fee commission). A refund is the sale mirrored:
 * the fees are computed on the absolute amount and take the amount's sign.
 */

/** VAT Coupang adds to its commissions, percent. */
export const COUPANG_FEE_VAT_PERCENT = 10;
/** Coupang's commission on the shipping fee the buyer pays, percent (Wing: 배송비 수수료). */
export const COUPANG_SHIPPING_FEE_COMMISSION_PERCENT = 3;

export interface CoupangFee {
  fee: number;
  vat: number;
  /** amount − fee − vat */
  net: number;
}

export function coupangFee(amountWon: number, percent: number, vatPercent = COUPANG_FEE_VAT_PERCENT): CoupangFee {
  if (!Number.isSafeInteger(amountWon)) throw new RangeError('amount must be whole won');
  const sign = amountWon < 0 ? -1 : 1;
  const abs = BigInt(Math.abs(amountWon));
  // Percents to 1/100 of a percent: 10.8 → 1080 of 10,000.
  const fee = mulDivRound(abs, toScaled(percent, 2, 'percent'), 10_000n);
  const vat = mulDivRound(fee, toScaled(vatPercent, 2, 'vatPercent'), 10_000n);
  const f = sign * Number(fee);
  const v = sign * Number(vat);
  return { fee: f, vat: v, net: amountWon - f - v };
}

export interface OrderFeeInput {
  /** Item sale amount (unit price × quantity), whole won. */
  saleWon: number;
  /** Shipping fee the buyer paid, whole won. */
  shippingFeeWon: number;
  /** Coupons the seller bears, whole won. */
  sellerDiscountWon?: number;
  commissionPercent: number;
  shippingFeeCommissionPercent?: number;
  feeVatPercent?: number;
}

/** What Coupang would settle for an order: the sale and the shipping fee, each net of its fee and VAT. */
export function estimateSettlement(input: OrderFeeInput) {
  const vat = input.feeVatPercent ?? COUPANG_FEE_VAT_PERCENT;
  const item = coupangFee(input.saleWon, input.commissionPercent, vat);
  const ship = coupangFee(
    input.shippingFeeWon,
    input.shippingFeeCommissionPercent ?? COUPANG_SHIPPING_FEE_COMMISSION_PERCENT,
    vat,
  );
  const discount = input.sellerDiscountWon ?? 0;
  return {
    serviceFee: item.fee,
    shippingCommission: ship.fee,
    feeVat: item.vat + ship.vat,
    settlement: item.net + ship.net - discount,
  };
}
