import type { AccountRecord } from '../core/accounts';
import { readClaimsWaiting } from '../coupang/claims/waiting';
import { inquiryAttention } from '../coupang/cs/inquiry-counts';
import type { ExtraAttention } from './compute';

/**
 * Work beside the orders that the badge and the popup count, per account: one line per feature
 * that has its own count module (customer inquiries; returns and exchanges).
 */
export async function extraAttentionOf(account: Pick<AccountRecord, 'accountKey' | 'marketplace'>, now: number) {
  if (account.marketplace !== 'coupang')
    return { inquiries: { count: 0, urgent: false }, claims: { count: 0, urgent: false } };
  const [inquiries, claims] = await Promise.all([
    inquiryAttention(account.accountKey, now),
    readClaimsWaiting(account.accountKey, now),
  ]);
  return { inquiries, claims: { count: claims.returns + claims.exchanges, urgent: false } };
}

/** Every account's extra work, flattened for computeBadge. */
export async function extraAttention(
  accounts: ReadonlyArray<Pick<AccountRecord, 'accountKey' | 'marketplace'>>,
  now: number,
): Promise<ExtraAttention[]> {
  const all = await Promise.all(accounts.map((a) => extraAttentionOf(a, now)));
  return all.flatMap((a) => Object.values(a));
}
