import type { CalculatorSettings } from '../../../calculator/settings';
import type { DomainOrder } from '../../../domain/order';
import { calculatorSettlement } from '../../coupang/settlement/estimate';
import type { RevenueLine } from '../../coupang/settlement/mapping';
import type { CoupangFigures } from './profit';

/**
 * Coupang's side of one order (shipment box): the actual figures from its cached revenue lines
 * (Wing 매출내역) when Coupang has recognised it, else the calculator's estimate from the seller's
 * settings. Only items of this box count (an order may ship in several boxes).
 */
export function coupangFigures(
  order: DomainOrder,
  lines: readonly RevenueLine[],
  settings: CalculatorSettings,
): CoupangFigures {
  const items = new Set(order.lines.flatMap((l) => (l.itemId ? [l.itemId] : [])));
  const mine = lines.filter((l) => l.orderId === order.orderId && l.items.some((i) => items.has(i.vendorItemId)));
  if (mine.length === 0) {
    const est = calculatorSettlement(order, settings);
    return {
      basis: 'estimated',
      sale: est.sale,
      shippingFee: est.shippingFee,
      fees: est.fees,
      sellerDiscount: 0,
      settlement: est.settlement,
    };
  }
  const f: CoupangFigures = { basis: 'actual', sale: 0, shippingFee: 0, fees: 0, sellerDiscount: 0, settlement: 0 };
  for (const l of mine) {
    for (const i of l.items) {
      if (!items.has(i.vendorItemId)) continue;
      f.sale += i.sale;
      f.fees += i.serviceFee + i.serviceFeeVat;
      f.sellerDiscount += i.sellerDiscount;
      f.settlement += i.settlement;
    }
    f.shippingFee += l.delivery.amount;
    f.fees += l.delivery.fee + l.delivery.feeVat;
    f.settlement += l.delivery.settlement;
  }
  return f;
}
