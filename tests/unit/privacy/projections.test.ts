import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cacheTtlMs,
  leafPaths,
  projectForCache,
  projectOrder,
  unlistedPaths,
} from '@/utils/background/privacy/projections';
import { cacheGet, cachePut, resetCacheKey } from '@/utils/background/store/cache';
import { ORDER_FIELDS } from '@/utils/background/store/cached-fields';
import { cachedKind } from '@/utils/background/store/cached-kind';
import { deleteDatabase, getDb } from '@/utils/background/store/db';
import { CACHED_KINDS, type CachedKindDecl } from '@/utils/background/store/registry';
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
        pii: CACHED_KINDS.order.pii,
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
      projectForCache('inquirySummary', {
        online: 2,
        callCenter: 1,
        at: 5,
        text: '고객 문의 내용',
        phone: '010-1234-5678',
      }),
    ).toEqual({ online: 2, callCenter: 1, at: 5 });
    const cache = { piiTtlMinutes: 30, referenceTtlHours: 24 };
    expect(cacheTtlMs('order', cache)).toBe(30 * 60_000);
    expect(cacheTtlMs('alibaba.offer', cache)).toBe(24 * 3_600_000);
  });

  it('a declared kind is written projected, sealed when PII, with the TTL its declaration implies', async () => {
    const drafts = cachedKind<Record<string, unknown>>('alibaba.purchaseDraft');
    const ttl = { piiTtlMinutes: 10, referenceTtlHours: 24 };
    const draft = {
      lines: [{ offerId: '1', quantity: 2, offerTitle: 'not declared' }],
      address: {
        fullName: '王小明',
        mobile: '13912345678',
        provinceText: '浙江省',
        cityText: '杭州市',
        areaText: '西湖区',
        address: '文三路 1 号',
      },
      total: { currency: 'CNY', minor: 1000 },
      orderable: true,
      tradeTypes: ['fxassure'],
      buyerNote: 'not declared',
    };
    await drafts.put('alibaba:b2b-1', 'token-1', draft, { now: 1_000, ttl });
    const rec = (await (await getDb()).getAll('cache'))[0];
    expect(rec.expiresAt).toBe(1_000 + 10 * 60_000);
    // The address is PII: no readable byte of it at rest.
    expect(rec.data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(rec.data as Uint8Array)).not.toContain('13912345678');
    const back = await drafts.get('alibaba:b2b-1', 'token-1', 2_000);
    expect(back).toMatchObject({ orderable: true, address: { mobile: '13912345678' } });
    expect(unlistedPaths('alibaba.purchaseDraft', back)).toEqual([]);
  });

  it('every cached kind declares fields', () => {
    for (const [kind, decl] of Object.entries(CACHED_KINDS)) expect(decl.fields.length, kind).toBeGreaterThan(0);
  });

  it('a record describing all records of a kind names a declared kind, and is kept no longer than it', () => {
    const kinds: Record<string, CachedKindDecl> = CACHED_KINDS;
    const describing = Object.entries(kinds).filter(([, d]) => d.describesAll);
    expect(describing.map(([kind]) => kind)).toEqual(['order.openingWindows']);
    for (const [kind, d] of describing) {
      const described = kinds[d.describesAll!];
      expect(described, kind).toBeDefined();
      // Sealed and on the PII TTL whenever what it describes is: it goes no later than they do.
      if (described!.pii) expect(d.pii, kind).toBe(true);
    }
  });
});

describe('cached kinds in "What is stored"', () => {
  it('every declared cache kind is named in Korean, English and Chinese', async () => {
    const { LOCALES } = await import('@/utils/i18n');
    const { allMessages } = await import('@/utils/i18n/all');
    for (const locale of LOCALES)
      for (const kind of Object.keys(CACHED_KINDS))
        expect(allMessages[locale][`privacy.kind.${kind}`], `${locale} ${kind}`).toBeTruthy();
  });
});
