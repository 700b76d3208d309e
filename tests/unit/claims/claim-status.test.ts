import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, isBusinessDay } from '@/utils/domain/business-days';
import {
  deadlineKst,
  exchangeActionsOf,
  exchangeInvoiceBlock,
  RETURN_TAB_TABLE,
  RETURN_TABS,
  returnDeadline,
  returnTabOf,
} from '../../../utils/domain/claim-status';

const facts = (receiptStatus: string, more: Partial<Parameters<typeof returnTabOf>[0]> = {}) => ({
  receiptStatus,
  hasPickupInvoice: false,
  withdrawn: false,
  ...more,
});

describe('return tabs (Wing work states)', () => {
  it('maps every receipt status to its Wing tab', () => {
    expect(returnTabOf(facts('RELEASE_STOP_UNCHECKED'))).toBe('stopRequested');
    // A stop-shipment request also listed as a return with its items not shipped.
    expect(returnTabOf(facts('RETURNS_UNCHECKED', { releaseStatus: 'N' }))).toBe('stopRequested');
    expect(returnTabOf(facts('RETURNS_UNCHECKED', { releaseStatus: 'Y' }))).toBe('received');
    expect(returnTabOf(facts('RETURNS_UNCHECKED', { releaseStatus: 'A', hasPickupInvoice: true }))).toBe(
      'awaitingGoods',
    );
    expect(returnTabOf(facts('VENDOR_WAREHOUSE_CONFIRM'))).toBe('awaitingApproval');
    expect(returnTabOf(facts('REQUEST_COUPANG_CHECK'))).toBe('coupangCheck');
    expect(returnTabOf(facts('RETURNS_COMPLETED'))).toBe('done');
    expect(returnTabOf(facts('SOMETHING_NEW'))).toBe('coupangCheck');
  });

  it('a withdrawn receipt is withdrawn whatever its last status', () => {
    for (const s of ['RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM'])
      expect(returnTabOf(facts(s, { withdrawn: true, hasPickupInvoice: true }))).toBe('withdrawn');
  });

  it('offers each action only where Coupang accepts it', () => {
    expect(RETURN_TAB_TABLE.stopRequested.actions).toEqual(['stopShipment', 'alreadyShipped']);
    expect(RETURN_TAB_TABLE.received.actions).toEqual(['pickupInvoice', 'confirmReceipt']);
    expect(RETURN_TAB_TABLE.awaitingGoods.actions).toEqual(['confirmReceipt']);
    expect(RETURN_TAB_TABLE.awaitingApproval.actions).toEqual(['approve']);
    for (const tab of ['coupangCheck', 'done', 'withdrawn'] as const) {
      expect(RETURN_TAB_TABLE[tab].actions).toEqual([]);
      expect(RETURN_TAB_TABLE[tab].waitsForSeller).toBe(false);
    }
    expect(RETURN_TABS.filter((t) => RETURN_TAB_TABLE[t].waitsForSeller)).toEqual([
      'stopRequested',
      'received',
      'awaitingGoods',
      'awaitingApproval',
    ]);
  });
});

describe('exchange states', () => {
  const x = (status: string, more: Partial<Parameters<typeof exchangeActionsOf>[0]> = {}) => ({
    status,
    invoiceUploaded: false,
    ...more,
  });

  it('holds the replacement invoice until collection is complete and the new box exists', () => {
    expect(exchangeInvoiceBlock(x('RECEIPT'))).toBe('notReceived');
    expect(exchangeInvoiceBlock(x('PROGRESS', { collectStatus: 'Delivering' }))).toBe('notCollected');
    expect(exchangeInvoiceBlock(x('PROGRESS', { collectStatus: 'CompleteCollect' }))).toBe('noNewBox');
    expect(
      exchangeInvoiceBlock(x('PROGRESS', { collectStatus: 'CompleteCollect', newShipmentBoxId: '642538971006401429' })),
    ).toBeUndefined();
    expect(exchangeInvoiceBlock(x('SUCCESS', { invoiceUploaded: true }))).toBe('alreadySent');
    expect(exchangeInvoiceBlock(x('REJECT'))).toBe('closed');
  });

  it('offers receipt confirmation, rejection and the invoice by state', () => {
    expect(exchangeActionsOf(x('RECEIPT'))).toEqual(['confirmReceipt', 'reject']);
    expect(exchangeActionsOf(x('PROGRESS', { collectStatus: 'CompleteCollect' }))).toEqual(['reject']);
    expect(exchangeActionsOf(x('PROGRESS', { collectStatus: 'CompleteCollect', newShipmentBoxId: '1' }))).toEqual([
      'reject',
      'uploadInvoice',
    ]);
    expect(exchangeActionsOf(x('SUCCESS', { invoiceUploaded: true }))).toEqual([]);
  });
});

describe('deadlines (KST business days, whatever the machine zone)', () => {
  it('skips weekends and Korean public holidays with their substitute days', () => {
    // Friday 2026-12-04 (KST) + 1 business day: Monday the 7th, not Saturday.
    expect(deadlineKst('2026-12-04T10:00:00+09:00', 1)).toBe('2026-12-07T23:59:59+09:00');
    // A request on Saturday counts from Saturday: Monday is the first business day after it.
    expect(deadlineKst('2026-12-05T10:00:00+09:00', 1)).toBe('2026-12-07T23:59:59+09:00');
    // Chuseok 2026 (Thu 24 – Sat 26 Sep) then the weekend: Wednesday 23rd + 1 → Monday 28th.
    expect(deadlineKst('2026-09-23T10:00:00+09:00', 1)).toBe('2026-09-28T23:59:59+09:00');
    // Liberation Day 2026 falls on Saturday: its substitute Monday 17 Aug is off too.
    expect(deadlineKst('2026-08-14T10:00:00+09:00', 1)).toBe('2026-08-18T23:59:59+09:00');
    // Christmas 2027 on Saturday, substitute Monday 27th: Friday 24th + 1 → Tuesday 28th.
    expect(deadlineKst('2027-12-24T10:00:00+09:00', 1)).toBe('2027-12-28T23:59:59+09:00');
  });

  it('has the public holidays of this year and the next listed (a new year needs its line)', () => {
    const year = new Date(Date.now() + 9 * 3_600_000).getUTCFullYear();
    expect(HOLIDAY_YEARS).toContain(year);
    expect(isBusinessDay('2026-02-17')).toBe(false);
    expect(isBusinessDay('2026-02-19')).toBe(true);
    expect(isBusinessDay('not a day')).toBe(false);
  });

  it('ends at 23:59:59 KST of the day N days after the KST date of the start', () => {
    // 2025-07-16 23:30 KST is still the 16th in Korea (14:30 UTC).
    expect(deadlineKst('2025-07-16T23:30:00+09:00', 1)).toBe('2025-07-17T23:59:59+09:00');
    // 2025-07-16 00:10 KST is 2025-07-15 15:10 UTC: the Korean date counts, not the UTC one.
    expect(deadlineKst('2025-07-16T00:10:00+09:00', 1)).toBe('2025-07-17T23:59:59+09:00');
    expect(deadlineKst('2025-07-15T15:10:00Z', 2)).toBe('2025-07-18T23:59:59+09:00');
    // Month and year ends.
    // New Year's Day is a public holiday: the next business day is Friday the 2nd.
    expect(deadlineKst('2025-12-31T12:00:00+09:00', 1)).toBe('2026-01-02T23:59:59+09:00');
    expect(deadlineKst('not a date', 1)).toBeUndefined();
  });

  it('gives each waiting tab its deadline from the last change, none to finished tabs', () => {
    expect(returnDeadline('stopRequested', '2025-07-16T09:00:00+09:00')).toBe('2025-07-17T23:59:59+09:00');
    expect(returnDeadline('awaitingApproval', '2025-07-16T09:00:00+09:00')).toBe('2025-07-18T23:59:59+09:00');
    expect(returnDeadline('done', '2025-07-16T09:00:00+09:00')).toBeUndefined();
    expect(returnDeadline('received', undefined)).toBeUndefined();
  });
});
