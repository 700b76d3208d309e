import type { Money } from '../../../domain/money';
import type { PayoutRow } from '../../../protocol/messages/money';
import type { Settlement } from './schemas';

/** A month of payout records as cached (the schema already dropped the bank account fields). */
export interface PayoutMonthRecord {
  yearMonth: string;
  rows: PayoutRow[];
}

const won = (m: Money | undefined) => m?.minor ?? 0;

export function toPayoutRow(s: Settlement, yearMonth: string): PayoutRow {
  return {
    settlementType: s.settlementType,
    yearMonth: s.revenueRecognitionYearMonth ?? yearMonth,
    from: s.revenueRecognitionDateFrom,
    to: s.revenueRecognitionDateTo,
    settlementDate: s.settlementDate?.slice(0, 10),
    status: s.status,
    totalSale: won(s.totalSale),
    serviceFee: won(s.serviceFee),
    targetAmount: won(s.settlementTargetAmount),
    amount: won(s.settlementAmount),
    lastAmount: won(s.lastAmount),
    finalAmount: won(s.finalAmount),
  };
}

/** `yyyy-MM` of this month (KST date given) and the `count − 1` months before it, newest first. */
export function recentMonths(today: string, count: number): string[] {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m--;
    if (m === 0) {
      m = 12;
      y--;
    }
  }
  return out;
}
