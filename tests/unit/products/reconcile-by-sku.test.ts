import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CoupangApiError } from '@/utils/background/coupang/api/errors';
import type { CoupangClients } from '@/utils/background/coupang/client-factory';
import { createProductActions, PRODUCT_ACTIONS, reconcileBySku } from '@/utils/background/coupang/products/actions';
import type { ProductService } from '@/utils/background/coupang/products/service';
import { Outbox } from '@/utils/background/outbox/outbox';
import { deleteDatabase } from '@/utils/background/store/db';

/**
 * Issue 15: a product create is exactly once. Coupang has no idempotency key, so an unanswered
 * create is looked up by its seller SKU — never sent again blindly.
 */
function coupang(mode: { create: 'ok' | 'appliedThenTimeout' | 'timeoutNotApplied' }) {
  const skus = new Set<string>();
  const calls = { create: 0, lookups: 0 };
  const products = {
    async create(body: { items: Array<{ externalVendorSku: string }> }) {
      calls.create++;
      if (mode.create !== 'timeoutNotApplied') skus.add(body.items[0]!.externalVendorSku);
      if (mode.create !== 'ok') throw new CoupangApiError({ kind: 'timeout', route: 'POST seller-products' });
      return '123';
    },
    async findBySellerSku(sku: string) {
      calls.lookups++;
      return skus.has(sku) ? [{ sellerProductId: '123', statusName: '승인대기중' }] : [];
    },
  };
  const clients = { get: async () => ({ products }) } as unknown as CoupangClients;
  return { clients, skus, calls };
}

const payload = (sku: string) => ({
  sellerSku: sku,
  productName: '캠핑 의자',
  body: { sellerProductName: '캠핑 의자', items: [{ externalVendorSku: sku }] },
});

describe('create product: reconcile by seller SKU', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
  });

  it('a create Coupang applied behind a timeout ends applied, sent once', async () => {
    const m = coupang({ create: 'appliedThenTimeout' });
    const outbox = new Outbox();
    outbox.register(createProductActions(m.clients, {} as ProductService).createProduct);
    await outbox.enqueue(
      'coupang:A1',
      PRODUCT_ACTIONS.createProduct,
      [{ targetId: 'CH-1', payload: payload('CH-1') }],
      'b',
    );
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0]).toMatchObject({ state: 'succeeded', attempts: 1, result: { outcome: 'applied' } });
    expect(m.calls).toEqual({ create: 1, lookups: 1 });
  });

  it('an unanswered create not found stays unsent while the answer may still land (within a minute)', async () => {
    const m = coupang({ create: 'timeoutNotApplied' });
    let now = 1_000_000;
    const outbox = new Outbox({ now: () => now, schedule: () => undefined });
    outbox.register(createProductActions(m.clients, {} as ProductService).createProduct);
    await outbox.enqueue(
      'coupang:A1',
      PRODUCT_ACTIONS.createProduct,
      [{ targetId: 'CH-2', payload: payload('CH-2') }],
      'b',
    );
    await outbox.process('coupang:A1');
    now += 30_000;
    await outbox.process('coupang:A1');
    expect((await outbox.list())[0]).toMatchObject({ state: 'sending', result: { outcome: 'unknown' } });
    expect(m.calls.create).toBe(1);
    expect(m.calls.lookups).toBe(2);
  });

  it('answers applied, not applied, or unknown per item', async () => {
    const m = coupang({ create: 'ok' });
    m.skus.add('THERE');
    const item = (id: string, sku: string) => ({ id, payload: payload(sku) }) as never;
    const verdicts = await reconcileBySku(m.clients, 'coupang:A1', [item('a', 'THERE'), item('b', 'NOT-THERE')]);
    expect([...verdicts]).toEqual([
      ['a', 'applied'],
      ['b', 'notApplied'],
    ]);
    const failing = { get: async () => ({ products: { findBySellerSku: () => Promise.reject(new Error('down')) } }) };
    const unknown = await reconcileBySku(failing as never, 'coupang:A1', [item('c', 'X')]);
    expect(unknown.get('c')).toBe('unknown');
  });
});
