import type { MessageKey } from '@/utils/i18n';
import { formatCount } from '@/utils/ui/format';

/** Fen → "¥12.34". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}¥${formatCount(Math.floor(a / 100))}.${String(a % 100).padStart(2, '0')}`;
}

/** Fen → "12.34" (no symbol), for sentences that carry their own. */
export function yuanNumber(fen: number): string {
  return yuan(fen).replace('¥', '');
}

/** A market status (1688 or Coupang) in the seller's words; the raw status when it has none. */
export function statusWords(t: (key: MessageKey) => string, status: string): string {
  const key = `xb.st.${status}` as MessageKey;
  const text = t(key);
  return text === key ? status : text;
}

/** A selection with `key` ticked (or unticked): a new set, for state setters. */
export function toggled<T>(set: ReadonlySet<T>, key: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
