import { Hono } from 'hono';
import { faultMiddleware } from '../core/faults';
import { wireJson } from '../core/json';
import type { CoupangEnv, CoupangState } from './env';
import { coupangFaultBodies, GATEWAY_MESSAGES, gatewayError } from './errors';
import { dateHeader, gatewayMiddleware } from './gateway';
import { cashbackRoutes } from './routes/cashback';
import { categoryRoutes } from './routes/categories';
import { downloadCouponRoutes } from './routes/coupons-download';
import { instantCouponRoutes } from './routes/coupons-instant';
import { csRoutes } from './routes/cs';
import { exchangeRoutes } from './routes/exchanges';
import { logisticsRoutes } from './routes/logistics';
import { orderActionRoutes } from './routes/order-actions';
import { ordersheetRoutes } from './routes/ordersheets';
import { productRoutes } from './routes/products';
import { returnRoutes } from './routes/returns';
import { rocketGrowthRoutes } from './routes/rocket-growth';
import { settlementRoutes } from './routes/settlement';
import { vendorItemRoutes } from './routes/vendor-items';
import { vendorPathGuard } from './vendor-guard';

/**
 * The emulated api-gateway.coupang.com: `Date` header, the gateway's own checks (signature, IP
 * allowlist, throttling, counting), injected faults, the vendorId binding, and the ten API groups.
 * Faults come after the gateway so a client retrying through a fault storm is still counted and
 * throttled like it would be for real.
 */
export function createGatewayApp(state: CoupangState): Hono<CoupangEnv> {
  const app = new Hono<CoupangEnv>();
  app.use('*', dateHeader(state));
  app.use('*', gatewayMiddleware(state));
  app.use('*', faultMiddleware(state.ctx.faults, 'coupang', coupangFaultBodies));
  app.use('*', vendorPathGuard());

  app.route('/', logisticsRoutes(state));
  app.route('/', categoryRoutes());
  app.route('/', productRoutes(state));
  app.route('/', vendorItemRoutes(state));
  app.route('/', ordersheetRoutes(state));
  app.route('/', orderActionRoutes(state));
  app.route('/', returnRoutes(state));
  app.route('/', exchangeRoutes(state));
  app.route('/', instantCouponRoutes(state));
  app.route('/', downloadCouponRoutes(state));
  app.route('/', cashbackRoutes(state));
  app.route('/', csRoutes(state));
  app.route('/', settlementRoutes(state));
  app.route('/', rocketGrowthRoutes());

  app.notFound(() => gatewayError(404, GATEWAY_MESSAGES.notFound));
  app.onError((err) => {
    process.stderr.write(`coupang sandbox: ${err.stack ?? err}\n`);
    return wireJson({ code: 500, message: 'Internal Server Error', data: null }, 500);
  });
  return app;
}
