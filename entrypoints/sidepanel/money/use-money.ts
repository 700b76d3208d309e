import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/protocol/client';
import type { RevenueReport } from '@/utils/protocol/messages/money';
import { addDays, todayInZone } from '@/utils/ui/format';

/** An inclusive KST date range, yyyy-mm-dd. */
export interface MoneyRange {
  from: string;
  to: string;
}

export const PRESET_DAYS = [7, 30, 60, 90] as const;

/** The last `days` days that Coupang can answer: ending yesterday, KST (never this computer's zone). */
export function lastDays(days: number, now = Date.now()): MoneyRange {
  const to = addDays(todayInZone('KST', now), -1);
  return { from: addDays(to, -(days - 1)), to };
}

/** Tenths of a percent → "12.3%". */
export function formatTenths(tenths: number | undefined): string {
  if (tenths === undefined) return '–';
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`;
}

/** Loads the report for an account and range; `refresh()` refetches every day from Coupang. */
export function useRevenue(accountKey: string | undefined, range: MoneyRange) {
  const [state, setState] = useState<{ report?: RevenueReport; error?: unknown; loading: boolean }>({
    loading: false,
  });
  const [nonce, setNonce] = useState({ n: 0, refresh: false });
  useEffect(() => {
    if (!accountKey) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    send('money.revenue', { accountKey, ...range, ...(nonce.refresh ? { refresh: true } : {}) }).then(
      (report) => live && setState({ report, loading: false }),
      (error) => live && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [accountKey, range.from, range.to, nonce]);
  return {
    ...state,
    refresh: () => setNonce((n) => ({ n: n.n + 1, refresh: true })),
    reload: () => setNonce((n) => ({ n: n.n + 1, refresh: false })),
  };
}
