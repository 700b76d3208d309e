import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { productBody } from '@/utils/background/coupang/products/create-body';
import { refuseCopied } from '@/utils/background/coupang/products/handlers';
import type { CrossborderDeps } from '@/utils/background/crossborder/flow/deps';
import { draftHandlers } from '@/utils/background/crossborder/links/draft-handlers';
import { settlePendingDrafts } from '@/utils/background/crossborder/links/draft-links';
import { loadProductLinks } from '@/utils/background/crossborder/links/product-links';
import type { TrustedSender } from '@/utils/background/messaging/dispatcher';
import { copiedFromSource, holdsRunOf, namesSourceHost } from '@/utils/domain/listing-draft';
import { HandledError } from '@/utils/protocol/envelope';
import type { OfferViewWire } from '@/utils/protocol/messages/alibaba';
import type { CategoryMetaView, ProductDraft } from '@/utils/protocol/messages/products';

const OFFER: OfferViewWire = {
  id: '610947572360',
  source: 'cross',
  title: '北欧风实木砧板家用厨房切菜板',
  priceTiers: [],
  minOrderQty: 2,
  supplier: { name: '义乌市晨光日用品有限公司' },
  shipFrom: { province: '浙江', city: '金华' },
  skus: [
    { skuId: '1', specId: 'abc1', specs: [{ name: '颜色', value: '原木色' }] },
    { skuId: '2', specId: 'abc2', specs: [{ name: '颜色', value: '黑' }] },
  ],
};

const draft = (patch: Partial<ProductDraft> = {}): ProductDraft => ({
  displayCategoryCode: '80365',
  name: '원목 도마 주방 세트',
  brand: '우리집',
  outboundShippingPlaceCode: '1',
  returnCenterCode: '2',
  deliveryCompanyCode: 'CJGLS',
  deliveryCharge: 0,
  returnCharge: 3000,
  imageUrl: 'https://images.example.kr/board.jpg',
  items: [
    { itemName: '원목', salePrice: 19900, stock: 10, sellerSku: 'BOARD-1', attributes: {} },
    { itemName: '블랙', salePrice: 19900, stock: 10, sellerSku: 'BOARD-2', attributes: {} },
  ],
  notices: {},
  noticeCategory: '',
  certifications: {},
  ...patch,
});

describe('copied 1688 text and hosts', () => {
  it('finds 1688, Alibaba and alicdn hosts in any case, not look-alikes', () => {
    expect(namesSourceHost('https://cbu01.alicdn.com/img/ibank/1.jpg')).toBe(true);
    expect(namesSourceHost('https://detail.1688.com/offer/1.html')).toBe(true);
    expect(namesSourceHost('see WWW.ALIBABA.COM')).toBe(true);
    expect(namesSourceHost('https://images.example.kr/a1688.com.jpg')).toBe(false);
    expect(namesSourceHost('https://images.example.kr/board.jpg')).toBe(false);
  });

  it('finds a run of the offer text, through spaces and punctuation, but not short words', () => {
    expect(holdsRunOf('도마 北欧风实木 砧板家用', OFFER.title)).toBe(true);
    expect(holdsRunOf('원목 도마 주방 세트', OFFER.title)).toBe(false);
    // A two-character SKU value is a word anyone writes.
    expect(holdsRunOf('黑 도마', '黑')).toBe(false);
    // A three-character one, copied whole, counts.
    expect(holdsRunOf('원목색 原木色', '原木色')).toBe(true);
  });

  it('names each copied field once', () => {
    const problems = copiedFromSource(
      { name: '实木砧板家用厨房切菜板', imageUrl: 'https://cbu01.alicdn.com/a.jpg', brand: '우리집' },
      [OFFER.title],
    );
    expect(problems).toEqual([
      { code: 'SOURCE_TEXT', field: 'name' },
      { code: 'SOURCE_HOST', field: 'imageUrl' },
    ]);
  });

  it('refuses a draft in the background with the field and a message', () => {
    expect(() => refuseCopied(draft(), [OFFER.title])).not.toThrow();
    try {
      refuseCopied(draft({ imageUrl: 'https://img.alicdn.com/x.jpg' }), []);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HandledError);
      expect((e as HandledError).kind).toBe('listingCopied');
      expect((e as HandledError).params).toEqual({ code: 'SOURCE_HOST', field: 'imageUrl' });
      expect((e as HandledError).message).toContain('1688');
    }
  });
});

describe('구매대행 body flags', () => {
  const meta: CategoryMetaView = {
    displayCategoryCode: '80365',
    attributes: [],
    notices: [],
    certifications: [],
    documents: [],
  };
  it('sets AGENT_BUY, overseas purchase and the customs code only when chosen', () => {
    const agent = productBody(draft({ agentBuy: true }), meta, 'A1', 0);
    expect(agent.deliveryMethod).toBe('AGENT_BUY');
    expect(agent.items.every((i) => i.overseasPurchased === 'OVERSEAS_PURCHASED' && i.pccNeeded === true)).toBe(true);
    const plain = productBody(draft(), meta, 'A1', 0);
    expect(plain.deliveryMethod).toBe('SEQUENCIAL');
    expect(plain.items.every((i) => i.overseasPurchased === 'NOT_OVERSEAS_PURCHASED' && i.pccNeeded === false)).toBe(
      true,
    );
  });
});

describe('crossborder.createDraft / draftStatus', () => {
  const sender: TrustedSender = { kind: 'extension-page', url: 'sidepanel' } as TrustedSender;
  const accountKey = 'coupang:A1';
  let created: ProductDraft[];
  let approved: boolean;
  const deps = () =>
    ({
      core: { now: () => 1000 },
      offersGet: async () => ({ offer: OFFER, accountKey: 'alibaba:b1' }),
      productsCreate: async ({ draft: d }: { draft: ProductDraft }) => {
        created.push(d);
        return { batchId: 'b', items: [] };
      },
      productsStatus: async () => ({
        product: {
          sellerProductId: '99',
          state: approved ? 'APPROVED' : 'APPROVING',
          ...(approved
            ? {
                items: [
                  { sellerSku: 'BOARD-1', vendorItemId: '7001' },
                  { sellerSku: 'BOARD-2', vendorItemId: '7002' },
                ],
              }
            : {}),
        },
      }),
    }) as unknown as CrossborderDeps;
  const source = {
    offerId: OFFER.id,
    mode: 'agent' as const,
    options: [
      { specId: 'abc1', unitsPerItem: 2 },
      { specId: 'abc2', unitsPerItem: 2 },
    ],
  };

  beforeEach(() => {
    fakeBrowser.reset();
    created = [];
    approved = false;
  });

  it('refuses the offer title and sends nothing', async () => {
    const h = draftHandlers(deps());
    await expect(
      h['crossborder.createDraft'](
        { accountKey, draft: draft({ name: `도마 ${OFFER.title}` }), source, imageRights: true },
        sender,
      ),
    ).rejects.toMatchObject({ kind: 'listingCopied', params: { code: 'SOURCE_TEXT', field: 'name' } });
    await expect(
      h['crossborder.createDraft'](
        {
          accountKey,
          draft: draft({ items: [draft().items[0]!, { ...draft().items[1]!, itemName: '义乌市晨光日用品' }] }),
          source,
          imageRights: true,
        },
        sender,
      ),
    ).rejects.toMatchObject({ params: { field: 'items.2.itemName' } });
    expect(created).toEqual([]);
  });

  it('creates once, then links each option to its SKU when Coupang approves', async () => {
    const h = draftHandlers(deps());
    await h['crossborder.createDraft'](
      { accountKey, draft: draft({ agentBuy: true }), source, imageRights: true },
      sender,
    );
    expect(created).toHaveLength(1);
    const before = await h['crossborder.draftStatus']({ accountKey, sellerSku: 'BOARD-1' }, sender);
    expect(before.links).toEqual([]);
    approved = true;
    const after = await h['crossborder.draftStatus']({ accountKey, sellerSku: 'BOARD-1' }, sender);
    expect(after.links.map((l) => [l.vendorItemId, l.offerId, l.specId, l.unitsPerItem, l.mode]).sort()).toEqual([
      ['7001', OFFER.id, 'abc1', 2, 'agent'],
      ['7002', OFFER.id, 'abc2', 2, 'agent'],
    ]);
    expect(await loadProductLinks()).toHaveLength(2);
  });

  it('links an approved draft in the background (after an order sync), leaving the ones still in review', async () => {
    const h = draftHandlers(deps());
    await h['crossborder.createDraft']({ accountKey, draft: draft(), source, imageRights: true }, sender);
    const asked: string[] = [];
    const inReview = async (sku: string) => {
      asked.push(sku);
      return [];
    };
    expect(await settlePendingDrafts(accountKey, inReview, Date.now())).toBe(0);
    expect(asked).toEqual(['BOARD-1']);
    expect(await loadProductLinks()).toEqual([]);
    const approvedNow = async () => [
      { sellerSku: 'BOARD-1', vendorItemId: '7001' },
      { sellerSku: 'BOARD-2', vendorItemId: '7002' },
    ];
    expect(await settlePendingDrafts(accountKey, approvedNow, Date.now())).toBe(2);
    expect((await loadProductLinks()).map((l) => l.vendorItemId).sort()).toEqual(['7001', '7002']);
    // Linked: nothing waits any more, so the next sync asks nothing.
    asked.length = 0;
    expect(await settlePendingDrafts(accountKey, inReview, Date.now())).toBe(0);
    expect(asked).toEqual([]);
  });
});
