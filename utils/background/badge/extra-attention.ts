import type { AccountRecord } from '../core/accounts';
import { inquiryAttention } from '../coupang/cs/inquiry-counts';
import type { ExtraAttention } from './compute';

/**
 * Work beside the orders that the badge and the popup count, per account: one line per feature
 * that has its own count module (customer inquiries; returns add theirs here).
 */
export async function extraAttentionOf(account: Pick<AccountRecord, 'accountKey' | 'marketplace'>, now: number) {
  if (account.marketplace !== 'coupang') return { inquiries: { count: 0, urgent: false } };
  return { inquiries: await inquiryAttention(account.accountKey, now) };
}

/** Every account's extra work, flattened for computeBadge. */
export async function extraAttention(
  accounts: ReadonlyArray<Pick<AccountRecord, 'accountKey' | 'marketplace'>>,
  now: number,
): Promise<ExtraAttention[]> {
  const all = await Promise.all(accounts.map((a) => extraAttentionOf(a, now)));
  return all.flatMap((a) => Object.values(a));
}
