import type { Hono } from 'hono';
import { DEFAULT_SEED, type MarketModule, type SandboxContext, type SeedOptions } from '../core/context';
import { createGatewayApp } from './app';
import { createCoupangControl } from './control';
import { seedStore } from './data/seed';
import type { CoupangState } from './env';
import { isListed, orderStatus } from './orders/state';
import { SlidingWindowLimiter } from './rate-limit';
import { VendorRegistry } from './vendors';

/** What the sandbox announces about its Coupang side (first stdout line, control /config). */
export interface CoupangFacts {
  baseUrl: string;
  vendors: Array<{
    vendorId: string;
    accessKey: string;
    secretKey: string;
    allowsLocalIp: boolean;
    name: string;
    /** The vendor's Wing login (what `vendorUserId` / `replyBy` take). */
    wingUserId: string;
  }>;
  samples: { vendorId: string; orderId: string; shipmentBoxId: string; sellerProductId: string; vendorItemId: string };
}

/** A faithful local api-gateway.coupang.com for end-to-end tests and benchmarks. */
export function createCoupangModule(ctx: SandboxContext): MarketModule<CoupangFacts> {
  const registry = new VendorRegistry();
  const state: CoupangState = {
    ctx,
    registry,
    store: seedStore(registry, DEFAULT_SEED, ctx.clock.now(), ctx.settings),
    limiter: new SlidingWindowLimiter(),
    rocketGrowthLimiter: new SlidingWindowLimiter(),
    createLog: [],
  };

  const samples = (): CoupangFacts['samples'] => {
    const vd = state.store.vendors[0];
    const now = ctx.clock.now();
    let order = vd.orders[vd.orders.length - 1];
    // The newest box still waiting for acknowledgement is the most useful sample.
    for (let i = vd.orders.length - 1; i >= 0; i--)
      if (isListed(vd.orders[i]) && orderStatus(vd.orders[i], now, ctx.settings) === 'ACCEPT') {
        order = vd.orders[i];
        break;
      }
    const item = order?.item0 ?? vd.products.find((p) => p.status === 'APPROVED')!.items[0];
    return {
      vendorId: vd.vendor.vendorId,
      orderId: order ? String(order.orderId) : '',
      shipmentBoxId: order ? String(order.shipmentBoxId) : '',
      sellerProductId: String(item.product.sellerProductId),
      vendorItemId: String(item.vendorItemId),
    };
  };

  return {
    // The context variables are this module's own business; the server only needs `fetch`.
    app: createGatewayApp(state) as unknown as Hono,
    control: createCoupangControl(state),
    reset(seed: SeedOptions) {
      state.store = seedStore(registry, seed, ctx.clock.now(), ctx.settings);
      state.limiter.clear();
      state.rocketGrowthLimiter.clear();
      state.createLog.length = 0;
      registry.resetAllowlists();
    },
    describe: () => ({
      baseUrl: ctx.urls.coupangBaseUrl,
      vendors: registry.list.map((v) => ({
        vendorId: v.vendorId,
        accessKey: v.accessKey,
        secretKey: v.secretKey,
        allowsLocalIp: registry.allowsLocalIp(v),
        name: v.name,
        wingUserId: v.wingUserId,
      })),
      samples: samples(),
    }),
  };
}
