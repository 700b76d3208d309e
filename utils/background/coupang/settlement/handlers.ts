import { accountKeyOf, parseAccountKey } from '../../../domain/keys';
import { translate } from '../../../i18n/background';
import { type LanguageSetting, resolveLocale } from '../../../i18n/locale';
import type { moneyMessages } from '../../../protocol/messages/money';
import type { CoreServices } from '../../core/core';
import type { Handlers } from '../../messaging/dispatcher';
import { loadCalculatorSettings } from '../../page-helpers/stores';
import { loadUnitCosts, setUnitCost } from './costs';
import { CSV_COLUMNS, revenueCsv } from './csv';
import { calculatorSettlement, estimatedProfit } from './estimate';
import { actualProfit, buildReport } from './report';
import type { SettlementService } from './service';

/** Message handlers: thin, the service fetches and caches, report.ts aggregates. */
export function settlementHandlers(core: CoreServices, service: SettlementService): Handlers<typeof moneyMessages> {
  const ordersOf = async (accountKey: string) =>
    (await core.orders.all()).filter((o) => accountKeyOf(o) === accountKey);

  async function locale() {
    const language = (await core.settings.get()).language as LanguageSetting;
    return resolveLocale(language, [navigator.language]);
  }

  return {
    'money.revenue': async ({ accountKey, from, to, refresh }) => {
      const got = await service.lines(accountKey, { from, to }, { refresh });
      return buildReport({
        accountKey,
        range: got.range,
        lines: got.lines,
        costs: await loadUnitCosts(),
        orders: await ordersOf(accountKey),
        fetchedAt: got.fetchedAt,
      });
    },

    'money.orders': async ({ accountKey, from, to, offset, limit }) => {
      const got = await service.lines(accountKey, { from, to });
      const costs = await loadUnitCosts();
      const { settings } = await loadCalculatorSettings();
      const orders = await ordersOf(accountKey);
      const byId = new Map(orders.map((o) => [o.orderId, o]));
      const rows = got.lines.map((l) => {
        const row = actualProfit(l, costs);
        // Beside Coupang's figure, the calculator's: the seller sees whether their settings hold.
        const order = l.saleType === 'SALE' ? byId.get(l.orderId) : undefined;
        return order ? { ...row, calculatorSettlement: calculatorSettlement(order, settings).settlement } : row;
      });
      const recognised = new Set(rows.map((r) => r.orderId));
      // Orders of the range not recognised yet: estimated from the calculator settings.
      for (const o of orders) {
        if (recognised.has(o.orderId)) continue;
        const est = estimatedProfit(o, settings, costs);
        if (est && est.date >= from) {
          rows.push(est);
          recognised.add(o.orderId);
        }
      }
      rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.orderId < b.orderId ? 1 : -1));
      return { total: rows.length, rows: rows.slice(offset, offset + limit) };
    },

    'money.exportCsv': async ({ accountKey, from, to }) => {
      const got = await service.lines(accountKey, { from, to });
      const l = await locale();
      const csv = revenueCsv(
        got.lines,
        CSV_COLUMNS.map((k) => translate(l, k)),
        (t) => translate(l, t === 'REFUND' ? 'money.type.refund' : 'money.type.sale'),
      );
      const vendor = parseAccountKey(accountKey)?.accountId ?? accountKey;
      return {
        csv,
        filename: `coupang-revenue-${vendor}-${got.range.from}_${got.range.to}.csv`,
        lines: got.lines.length,
      };
    },

    'money.payouts': ({ accountKey, months }) => service.payouts(accountKey, months),

    'money.costs': async () => ({ costs: await loadUnitCosts() }),

    'money.setCost': async ({ vendorItemId, unitCost }) => ({ costs: await setUnitCost(vendorItemId, unitCost) }),
  };
}
