import { catalog } from '@/utils/protocol/catalog';

/**
 * Compliance C4: every message that may contact a marketplace declares `needsConsent`, and the
 * dispatcher refuses it before consent. A message added to this list, or dropped from it, is a
 * deliberate decision: this test names them all.
 */
describe('consent declarations', () => {
  it('C4: exactly the messages that reach a marketplace need consent', () => {
    const needing = Object.entries(catalog)
      .filter(([, def]) => def.needsConsent)
      .map(([type]) => type)
      .sort();
    expect(needing).toEqual(
      [
        'alibaba.logistics',
        'connections.addCoupang',
        'connections.connectAlibaba',
        'connections.reauthorize',
        'connections.verify',
        'helper.order1688',
        'helper.wing',
        // Revenue lines, payouts and the export read the seller's Coupang settlement data.
        'money.exportCsv',
        'money.orders',
        'money.payouts',
        'money.revenue',
        'offers.get',
        'orders.acknowledge',
        'orders.stopShipment',
        'orders.sync',
        'orders.uploadInvoices',
        'outbox.retryFailed',
        // Products (issue 15): reads and writes of the seller's Coupang catalogue.
        'products.categoryMeta',
        'products.create',
        'products.edit',
        'products.places',
        'products.refresh',
        'products.status',
        'purchase.create',
        'purchase.preview',
      ].sort(),
    );
  });
});
