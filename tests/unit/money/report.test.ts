import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, revenueCsv } from '@/utils/background/coupang/settlement/csv';
import { lineAmounts, type RevenueLine } from '@/utils/background/coupang/settlement/mapping';
import { buildReport, findGaps, marginTenths, profitOf } from '@/utils/background/coupang/settlement/report';
import type { DomainOrder } from '@/utils/domain/order';

function line(orderId: string, date: string, sale: number, opts: Partial<RevenueLine> = {}): RevenueLine {
  const fee = Math.round((sale * 108) / 1000);
  const vat = Math.round(fee / 10);
  return {
    orderId,
    saleType: 'SALE',
    recognitionDate: date,
    items: [
      {
        vendorItemId: '7001',
        productName: '텀블러',
        quantity: 1,
        sale,
        serviceFee: fee,
        serviceFeeVat: vat,
        sellerDiscount: 0,
        settlement: sale - fee - vat,
      },
    ],
    delivery: { amount: 3000, fee: 90, feeVat: 9, settlement: 2901 },
    ...opts,
  };
}

const refund = (l: RevenueLine, date: string): RevenueLine => ({
  ...l,
  saleType: 'REFUND',
  recognitionDate: date,
  items: l.items.map((i) => ({
    ...i,
    sale: -i.sale,
    serviceFee: -i.serviceFee,
    serviceFeeVat: -i.serviceFeeVat,
    settlement: -i.settlement,
  })),
  delivery: { amount: -3000, fee: -90, feeVat: -9, settlement: -2901 },
});

describe('revenue report', () => {
  it('keeps Coupang’s identity per line: settlement = sale + shipping − fees − VAT − coupons', () => {
    const a = lineAmounts(line('1', '2026-11-02', 12_345));
    expect(a.settlement).toBe(
      a.sale + a.shippingFee - a.serviceFee - a.feeVat - a.shippingCommission - a.sellerDiscount,
    );
  });

  it('sums days, products and totals in whole won with refunds netting out', () => {
    const sale = line('1', '2026-11-02', 19_900);
    const lines = [sale, line('2', '2026-11-02', 9_900), refund(sale, '2026-11-04')];
    const r = buildReport({
      accountKey: 'coupang:A00000001',
      range: { from: '2026-11-01', to: '2026-11-05' },
      lines,
      costs: { '7001': 5000 },
      orders: [],
      fetchedAt: 0,
    });
    expect(r.days.map((d) => d.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
    expect(r.days[1].sale).toBe(29_800);
    expect(r.days[3].sale).toBe(-19_900);
    expect(r.totals.sale).toBe(9_900);
    expect(r.totals.settlement).toBe(lineAmounts(lines[1]).settlement);
    expect(r.totals.orders).toBe(2);
    expect(r.totals.lines).toBe(3);
    expect(r.products[0].quantity).toBe(1);
    // Cost 5,000 for two sales, given back by the refund.
    expect(r.profit.cost).toBe(5000);
    expect(r.profit.profit).toBe(r.totals.settlement - 5000);
  });

  it('adds 10,000 lines of odd amounts without float drift', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => line(String(i), '2026-11-02', 10_001 + i * 13));
    const p = profitOf(lines, {});
    const want = lines.reduce((s, l) => s + lineAmounts(l).settlement, 0);
    expect(Number.isSafeInteger(p.profit)).toBe(true);
    expect(p.profit).toBe(want);
    expect(p.linesWithoutCost).toBe(10_000);
  });

  it('rounds the margin to tenths of a percent, half away from zero', () => {
    expect(marginTenths(1, 3)).toBe(333);
    expect(marginTenths(2, 3)).toBe(667);
    expect(marginTenths(-2, 3)).toBe(-667);
    expect(marginTenths(1, 0)).toBeUndefined();
  });

  it('flags delivered orders whose recognition day passed without a revenue line', () => {
    const order = (orderId: string, deliveredAt: string) =>
      ({
        marketplace: 'coupang',
        orderId,
        workState: 'delivered',
        shipping: { deliveredAt },
      }) as DomainOrder;
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const gaps = findGaps(
      range,
      [line('1', '2026-11-10', 1000)],
      [
        order('1', '2026-11-03T10:00:00+09:00'),
        // Delivered 23:30 KST on the 3rd (14:30 UTC): recognised on the 10th, KST.
        order('2', '2026-11-03T14:30:00Z'),
        // Recognised after the range ends: not a gap yet.
        order('3', '2026-11-28T10:00:00+09:00'),
      ],
    );
    expect(gaps).toEqual([{ orderId: '2', deliveredDate: '2026-11-03', expectedDate: '2026-11-10' }]);
  });
});

describe('revenue CSV', () => {
  it('has the header and one row per item whose money columns sum to the totals', () => {
    const lines = [line('1', '2026-11-02', 19_900), line('2', '2026-11-03', 9_900)];
    const csv = revenueCsv(lines, CSV_COLUMNS, (t) => t);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(3);
    const settlementCol = CSV_COLUMNS.indexOf('money.col.settlement');
    const sum = rows.slice(1).reduce((s, r) => s + Number(r.split(',')[settlementCol]), 0);
    expect(sum).toBe(lines.reduce((s, l) => s + lineAmounts(l).settlement, 0));
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-500)).toBe('-500');
  });
});
