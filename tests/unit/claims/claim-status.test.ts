import { describe, expect, it } from 'vitest';
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

describe('deadlines (KST, whatever the machine zone)', () => {
  it('ends at 23:59:59 KST of the day N days after the KST date of the start', () => {
    // 2025-07-16 23:30 KST is still the 16th in Korea (14:30 UTC).
    expect(deadlineKst('2025-07-16T23:30:00+09:00', 1)).toBe('2025-07-17T23:59:59+09:00');
    // 2025-07-16 00:10 KST is 2025-07-15 15:10 UTC: the Korean date counts, not the UTC one.
    expect(deadlineKst('2025-07-16T00:10:00+09:00', 1)).toBe('2025-07-17T23:59:59+09:00');
    expect(deadlineKst('2025-07-15T15:10:00Z', 2)).toBe('2025-07-18T23:59:59+09:00');
    // Month and year ends.
    expect(deadlineKst('2025-12-31T12:00:00+09:00', 1)).toBe('2026-01-01T23:59:59+09:00');
    expect(deadlineKst('not a date', 1)).toBeUndefined();
  });

  it('gives each waiting tab its deadline from the last change, none to finished tabs', () => {
    expect(returnDeadline('stopRequested', '2025-07-16T09:00:00+09:00')).toBe('2025-07-17T23:59:59+09:00');
    expect(returnDeadline('awaitingApproval', '2025-07-16T09:00:00+09:00')).toBe('2025-07-18T23:59:59+09:00');
    expect(returnDeadline('done', '2025-07-16T09:00:00+09:00')).toBeUndefined();
    expect(returnDeadline('received', undefined)).toBeUndefined();
  });
});
