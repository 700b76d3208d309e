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
        // Claims: reading them from Coupang and each claim write (the lists and reveal read the cache).
        'claims.exchangeAction',
        'claims.returnAction',
        'claims.sync',
        // The catalog area (issue 15) reads and writes the seller's Coupang catalog: categories,
        // shipping places, coupons, products for the option picker, Rocket Growth stock and orders.
        'catalog.categories.browse',
        'catalog.categories.meta',
        'catalog.categories.recommend',
        'catalog.coupons.attach',
        'catalog.coupons.create',
        'catalog.coupons.expire',
        'catalog.coupons.list',
        'catalog.coupons.request',
        'catalog.coupons.track',
        'catalog.options',
        'catalog.places.list',
        'catalog.places.save',
        'catalog.products',
        'catalog.rg.orders',
        'catalog.rg.stock',
        'connections.addCoupang',
        'connections.connectAlibaba',
        'connections.reauthorize',
        'connections.verify',
        // 구매대행: pricing and creating 1688 purchases; the invoice checks the 1688 waybill first.
        'crossborder.create',
        // Listing drafts from 1688 offers (issue 17): the offer read, the Coupang create and approval.
        'crossborder.createDraft',
        'crossborder.draftStatus',
        'crossborder.orderHelper',
        'crossborder.preview',
        'crossborder.uploadInvoice',
        'helper.order1688',
        'helper.wing',
        // Customer inquiries: read from Coupang, answered and confirmed through the outbox.
        'inquiries.confirm',
        'inquiries.list',
        'inquiries.reply',
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
        // 사입 restock: Coupang stock reads (products list refresh, Rocket Growth), 1688 pricing and creating.
        'restock.create',
        'restock.plan',
        'restock.preview',
        'restock.refresh',
      ].sort(),
    );
  });
});
