import { describe, expect, it } from 'vitest';
import { computeBadge } from '../../../utils/background/badge/compute';
import { claimCounts, claimsWaiting } from '../../../utils/background/coupang/claims/counts';
import type { ExchangeClaim, ReturnClaim } from '../../../utils/protocol/messages/claims';

const ACCOUNT = 'coupang:A00012345';
const ret = (receiptId: string, receiptStatus: string, more: Partial<ReturnClaim> = {}): ReturnClaim => ({
  accountKey: ACCOUNT,
  receiptId,
  orderId: '1',
  receiptType: 'RETURN',
  receiptStatus,
  items: [{ vendorItemId: '9', cancelCount: 1, releaseStatus: 'Y' }],
  cancelCount: 1,
  ...more,
});
const exch = (exchangeId: string, status: string, more: Partial<ExchangeClaim> = {}): ExchangeClaim => ({
  accountKey: ACCOUNT,
  exchangeId,
  orderId: '1',
  status,
  items: [],
  ...more,
});

const returns = [
  ret('1', 'RELEASE_STOP_UNCHECKED'),
  ret('2', 'RETURNS_UNCHECKED'),
  ret('3', 'RETURNS_UNCHECKED', { pickup: { courierCode: 'CJGLS', invoiceNumber: '123456789012' } }),
  ret('4', 'VENDOR_WAREHOUSE_CONFIRM'),
  ret('5', 'REQUEST_COUPANG_CHECK'),
  ret('6', 'RETURNS_COMPLETED'),
  ret('7', 'RETURNS_UNCHECKED', { withdrawnAt: '2025-07-15T10:00:00+09:00' }),
];
const exchanges = [
  exch('1', 'RECEIPT'),
  exch('2', 'PROGRESS', { collectStatus: 'CompleteCollect' }),
  exch('3', 'PROGRESS', { invoice: { invoiceNumber: '1' } }),
  exch('4', 'SUCCESS'),
];

describe('claim counts', () => {
  it('counts each Wing tab once per receipt, and every exchange', () => {
    expect(claimCounts(returns, exchanges)).toEqual({
      stopRequested: 1,
      received: 1,
      awaitingGoods: 1,
      awaitingApproval: 1,
      coupangCheck: 1,
      done: 1,
      withdrawn: 1,
      exchange: 4,
    });
  });

  it("counts what waits for the seller: three return tabs (a stop-shipment request counts as the order's cancel request), open exchanges without a replacement invoice", () => {
    expect(claimsWaiting(returns, exchanges)).toEqual({ returns: 3, exchanges: 2 });
  });

  it('adds waiting claims to the badge, at least as info', () => {
    expect(computeBadge([], Date.UTC(2025, 6, 16), true, [{ count: 6, urgent: false }])).toMatchObject({
      count: 6,
      text: '6',
      urgency: 'info',
    });
    expect(computeBadge([], Date.UTC(2025, 6, 16), true, [{ count: 0, urgent: false }])).toMatchObject({
      count: 0,
      urgency: 'none',
    });
    expect(computeBadge([], Date.UTC(2025, 6, 16), false, [{ count: 6, urgent: false }])).toMatchObject({
      count: 0,
      text: '',
    });
  });
});
