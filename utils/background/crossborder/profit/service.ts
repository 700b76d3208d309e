import { accountKeyOf } from '../../../domain/keys';
import type { DomainOrder } from '../../../domain/order';
import type { CrossborderProfit } from '../../../protocol/messages/crossborder';
import type { CoreServices } from '../../core/core';
import type { RevenueDayRecord, RevenueLine } from '../../coupang/settlement/mapping';
import { loadCalculatorSettings } from '../../page-helpers/stores';
import { cachedKind } from '../../store/cached-kind';
import type { OrderLink } from '../links/order-links';
import { loadCosts } from '../links/setup-store';
import { coupangFigures } from './coupang-figures';
import { crossborderProfit, fenToKrw, usdCents } from './profit';
import { sameDayOthers } from './same-day';

const revenueDays = cachedKind<RevenueDayRecord>('coupang.revenueDay');

/**
 * Profit of one linked order: Coupang's actual figures from the cached revenue lines (the money
 * view fetched them) or the calculator's estimate, the 1688 amounts at the rate stored with the
 * purchase, the seller's forwarder and other costs, duty and VAT over the USD 150 limit.
 */
export async function profitOf(
  core: CoreServices,
  order: DomainOrder,
  flowOrders: readonly DomainOrder[],
  links: ReadonlyMap<string, OrderLink>,
): Promise<CrossborderProfit> {
  const [costs, { settings }] = await Promise.all([loadCosts(), loadCalculatorSettings()]);
  const lines: RevenueLine[] = (await revenueDays.list(accountKeyOf(order), core.now())).flatMap((e) =>
    e.value.lines.filter((l) => l.orderId === order.orderId),
  );
  // Each order's goods value in won: the sum of its purchases, each at its own stored rate.
  const values = new Map<string, number>();
  for (const o of flowOrders) {
    const known = (links.get(o.key)?.purchases ?? []).filter((p) => p.goodsFen !== undefined && p.krwPerCny);
    if (known.length)
      values.set(
        o.key,
        usdCents(
          known.reduce((n, p) => n + fenToKrw(p.goodsFen ?? 0, p.krwPerCny ?? 0), 0),
          costs.krwPerUsd,
        ),
      );
  }
  return crossborderProfit({
    coupang: coupangFigures(order, lines, settings),
    purchases: links.get(order.key)?.purchases ?? [],
    forwarderKrw: costs.forwarderFeeKrw,
    otherKrw: costs.otherCostKrw,
    krwPerUsd: costs.krwPerUsd,
    dutyPercent: costs.dutyPercent,
    vatPercent: costs.vatPercent,
    sameDayOtherUsdCents: sameDayOthers(flowOrders, values).get(order.key) ?? 0,
  });
}
