import type { SandboxContext } from '../core/context';
import type { CoupangStore, VendorData } from './data/store';
import type { SlidingWindowLimiter } from './rate-limit';
import type { VendorAccount, VendorRegistry } from './vendors';

/** Hono typing for the gateway app: what authentication leaves on the context for the routes. */
export interface CoupangEnv {
  Variables: {
    vendor: VendorAccount;
    vendorData: VendorData;
  };
}

/** Shared by the gateway, the routes and the control API. `store` is replaced on every reset. */
export interface CoupangState {
  ctx: SandboxContext;
  registry: VendorRegistry;
  store: CoupangStore;
  limiter: SlidingWindowLimiter;
  rocketGrowthLimiter: SlidingWindowLimiter;
  /** Product create requests as received (raw body), for tests to check what reached Coupang. */
  createLog: Array<{ at: number; vendorId: string; body: string }>;
}
