import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cacheTtlMs,
  leafPaths,
  ORDER_FIELDS,
  PROJECTIONS,
  projectForCache,
  projectOrder,
  unlistedPaths,
} from '@/utils/background/privacy/projections';
import { cacheGet, cachePut, resetCacheKey } from '@/utils/background/store/cache';
import { deleteDatabase, getDb } from '@/utils/background/store/db';
import type { DomainOrder } from '@/utils/domain/order';

/** Every DomainOrder field set, so "nothing the views use is lost" covers them all. */
function fullOrder(): DomainOrder {
  return {
    key: 'coupang:A00012345:642538970006401429',
    marketplace: 'coupang',
    accountId: 'A00012345',
    role: 'seller',
    orderId: '9100041863244',
    shipmentId: '642538970006401429',
    marketStatus: 'ACCEPT',
    workState: 'new',
    orderedAt: '2025-05-01T09:00:00+09:00',
    paidAt: '2025-05-01T09:00:05+09:00',
    shipBy: '2025-05-03T23:59:59+09:00',
    lines: [
      {
        lineId: '1',
        productName: '무선 이어폰',
        optionName: '블랙',
        quantity: 2,
        unitPrice: { currency: 'KRW', minor: 19900 },
        itemId: '70000001',
        productId: '1320000001',
      },
    ],
    total: { currency: 'KRW', minor: 39800 },
    shippingFee: { currency: 'KRW', minor: 3000 },
    recipient: {
      name: '김철수',
      phone: '0502-1234-5678',
      postcode: '06236',
      address: '서울특별시 강남구 테헤란로 123',
      addressDetail: '101동 1001호',
      customsCode: 'P123456789012',
      memo: '문 앞',
    },
    shipping: {
      courierCode: 'CJGLS',
      courierName: 'CJ대한통운',
      trackingNumber: '123456789012',
      shippedAt: '2025-05-02T10:00:00+09:00',
      deliveredAt: '2025-05-03T15:00:00+09:00',
    },
    counterpartyName: '김영희',
    timeline: [{ at: '2025-05-01T09:00:00+09:00', label: 'ordered' }],
    cancelRequest: { receiptId: '12345678', cancelCount: 1 },
  };
}

/** What a careless mapper might pass through from the raw API response. */
function orderWithExtras() {
  const o = fullOrder() as DomainOrder & Record<string, unknown>;
  return {
    ...o,
    raw: { orderer: { email: 'buyer@example.com', safeNumber: '0502-9999-0000' } },
    ordererEmail: 'buyer@example.com',
    recipient: { ...o.recipient, ordererPhone: '010-1111-2222', name: { ko: '김철수' } },
    lines: o.lines.map((l) => ({ ...l, sellerProductItemName: 'x', raw: { vendorItemPackageId: 1 } })),
    shipping: { ...o.shipping, extra: [1, 2] },
  };
}

describe('projections (minimum data)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
    resetCacheKey();
  });

  it('keeps every field a DomainOrder has (the order projection is exactly DomainOrder)', () => {
    const o = fullOrder();
    expect(projectOrder(o)).toEqual(o);
    expect(leafPaths(o).sort()).toEqual([...ORDER_FIELDS].sort());
  });

  it('drops fields that are not whitelisted, at every depth, and objects in leaf slots', () => {
    const projected = projectForCache('order', orderWithExtras());
    expect(unlistedPaths('order', orderWithExtras()).sort()).toEqual(
      [
        'lines[].raw.vendorItemPackageId',
        'lines[].sellerProductItemName',
        'ordererEmail',
        'raw.orderer.email',
        'raw.orderer.safeNumber',
        'recipient.name.ko',
        'recipient.ordererPhone',
        'shipping.extra[]',
      ].sort(),
    );
    expect(unlistedPaths('order', projected)).toEqual([]);
    const text = JSON.stringify(projected);
    for (const leaked of ['buyer@example.com', '0502-9999-0000', '010-1111-2222', 'vendorItemPackageId', 'extra'])
      expect(text).not.toContain(leaked);
    expect((projected as DomainOrder).recipient.name).toBeUndefined();
  });

  it('does not change its input', () => {
    const input = orderWithExtras();
    const before = JSON.stringify(input);
    projectForCache('order', input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('stores only whitelisted shapes: a projected order in the cache, read back', async () => {
    await cachePut(
      {
        kind: 'order',
        accountKey: 'coupang:A00012345',
        entityId: '642538970006401429',
        ttlMs: 60_000,
        pii: PROJECTIONS.order.pii,
      },
      projectForCache('order', orderWithExtras()),
    );
    const stored = await cacheGet<unknown>('order', 'coupang:A00012345', '642538970006401429');
    expect(unlistedPaths('order', stored)).toEqual([]);
    // The record around it carries no plaintext field beyond the declared envelope.
    const rec = (await (await getDb()).getAll('cache'))[0];
    expect(
      Object.keys(rec)
        .filter((k) => rec[k as keyof typeof rec] !== undefined)
        .sort(),
    ).toEqual(['accountKey', 'data', 'entityId', 'expiresAt', 'id', 'iv', 'keyId', 'kind', 'storedAt'].sort());
    expect(rec.data).toBeInstanceOf(Uint8Array);
  });

  it('projects reference data and picks TTLs from the settings', () => {
    expect(
      projectForCache('courier', { code: 'CJGLS', name: 'CJ대한통운', phone: '1588-1255', url: 'https://x' }),
    ).toEqual({
      code: 'CJGLS',
      name: 'CJ대한통운',
    });
    const cache = { piiTtlMinutes: 30, referenceTtlHours: 24 };
    expect(cacheTtlMs('order', cache)).toBe(30 * 60_000);
    expect(cacheTtlMs('courier', cache)).toBe(24 * 3_600_000);
  });
});
