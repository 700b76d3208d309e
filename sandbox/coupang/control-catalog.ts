import { Hono } from 'hono';
import { Rng } from '../core/rng';
import type { Product, VendorItem } from './data/model';
import type { CoupangState } from './env';
import { toInt } from './request';
import { couponStatus } from './routes/coupons-instant';

/**
 * Control endpoints for the catalog (issue 15): a Rocket Growth product with many options, so a
 * test can make the stock walk long enough to meet the 50 calls/min cap.
 */
export function createCatalogControl(state: CoupangState): Hono {
  const app = new Hono();

  /** `{vendorId, options, seed?}` → one more Rocket Growth product with that many options, each with stock and 30-day sales. */
  app.post('/rocket-growth/stock', async (c) => {
    const b = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    const vd = state.store.vendors.find((v) => v.vendor.vendorId === String(b.vendorId));
    const count = toInt(b.options);
    if (!vd) return c.json({ error: 'unknown vendorId' }, 400);
    if (count === null || count < 1 || count > 20_000) return c.json({ error: 'options must be 1–20000' }, 400);
    const model = vd.products.find((p) => p.rocketGrowth && p.items.length);
    const first = model?.items[0];
    if (!model || !first) return c.json({ error: 'the vendor has no Rocket Growth product to model on' }, 400);
    const rng = new Rng((toInt(b.seed) ?? 15) >>> 0);
    const product: Product = {
      ...model,
      sellerProductId: state.store.seq.product.take() * 10 + vd.idx,
      productId: state.store.seq.productId.take(),
      sellerProductName: `로켓그로스 대량 재고 ${count}`,
      items: [],
      histories: [...model.histories],
      extra: {},
    };
    product.items = Array.from(
      { length: count },
      (_, i): VendorItem => ({
        ...first,
        product,
        sellerProductItemId: state.store.seq.sellerItem.take(),
        vendorItemId: state.store.seq.vendorItem.take() * 10 + (i % 10),
        itemName: `옵션 ${i + 1}`,
        externalVendorSku: `RG-${product.sellerProductId}-${i + 1}`,
        attributes: [],
        rgOrderable: rng.int(0, 300),
        rgSales30: rng.int(0, 120),
        extra: {},
      }),
    );
    state.store.addProduct(product);
    return c.json({ sellerProductId: String(product.sellerProductId), options: count }, 201);
  });

  /** What the seller's catalog writes left on Coupang's side, to read back in tests. */
  app.get('/catalog', (c) => {
    const vd = state.store.vendors.find((v) => v.vendor.vendorId === c.req.query('vendorId'));
    if (!vd) return c.json({ error: 'unknown vendorId' }, 400);
    const now = state.ctx.clock.now();
    return c.json({
      wingUserId: vd.vendor.wingUserId,
      outboundPlaces: vd.outboundPlaces.map((p) => ({
        code: String(p.outboundShippingPlaceCode),
        name: p.shippingPlaceName,
        usable: p.usable,
        addresses: p.placeAddresses,
        remoteInfos: p.remoteInfos,
      })),
      returnCenters: vd.returnCenters.map((r) => ({
        code: r.returnCenterCode,
        name: r.shippingPlaceName,
        deliverCode: r.deliverCode,
        addresses: r.placeAddresses,
      })),
      instantCoupons: vd.instantCoupons.map((x) => ({
        couponId: String(x.couponId),
        name: x.name,
        status: couponStatus(x, now),
        vendorItemIds: x.items.map((i) => String(i.vendorItemId)),
      })),
      downloadCoupons: vd.downloadCoupons.map((x) => ({
        couponId: String(x.couponId),
        title: x.title,
        status: x.couponStatus,
        vendorItemIds: x.vendorItemIds.map(String),
      })),
      liveItems: vd.products
        .filter((p) => p.status === 'APPROVED' && !p.rocketGrowth)
        .flatMap((p) => p.items.map((i) => String(i.vendorItemId))),
      rocketGrowthItems: vd.products
        .filter((p) => p.rocketGrowth && p.status !== 'DELETED')
        .reduce((n, p) => n + p.items.length, 0),
    });
  });

  return app;
}
