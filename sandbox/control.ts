import { Hono } from 'hono';
import type { SandboxConfig } from './config';
import {
  DEFAULT_SEED,
  DEFAULT_SETTINGS,
  type MarketModule,
  type SandboxContext,
  type SeedOptions,
} from './core/context';
import type { FaultSpec } from './core/faults';

interface ControlDeps {
  coupang: MarketModule<unknown>;
  alibaba: MarketModule<unknown>;
  pages: MarketModule<unknown>;
  resetAll(seed: SeedOptions): void;
  config(): SandboxConfig;
}

/**
 * The control API tests and benchmarks drive the sandbox with. Never exposed by a real
 * marketplace, so it has its own port and no authentication.
 */
export function createControlApp(ctx: SandboxContext, deps: ControlDeps): Hono {
  const app = new Hono().basePath('/__control');

  app.get('/config', (c) => c.json(deps.config()));

  app.post('/reset', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as Partial<SeedOptions> & {
      settings?: Partial<SandboxContext['settings']>;
    };
    // A reset is a fresh sandbox: default settings too, so one test's tuning never leaks into the next.
    Object.assign(ctx.settings, DEFAULT_SETTINGS, body.settings ?? {});
    deps.resetAll({ seed: body.seed ?? DEFAULT_SEED.seed, orders: body.orders ?? DEFAULT_SEED.orders });
    return c.json({ ok: true, config: deps.config() });
  });

  app.get('/settings', (c) => c.json(ctx.settings));
  app.patch('/settings', async (c) => {
    Object.assign(ctx.settings, await c.req.json());
    return c.json(ctx.settings);
  });

  app.get('/clock', (c) =>
    c.json({ now: ctx.clock.now(), gatewayNow: ctx.clock.gatewayNow(), skewMs: ctx.clock.skewMs }),
  );
  app.post('/clock/advance', async (c) => {
    const { ms } = (await c.req.json()) as { ms: number };
    ctx.clock.advance(ms);
    return c.json({ now: ctx.clock.now() });
  });
  app.post('/clock/skew', async (c) => {
    const { ms } = (await c.req.json()) as { ms: number };
    ctx.clock.skewMs = ms;
    return c.json({ skewMs: ms });
  });

  app.get('/faults', (c) => c.json(ctx.faults.list()));
  app.post('/faults', async (c) => {
    try {
      return c.json(ctx.faults.add((await c.req.json()) as FaultSpec));
    } catch (e) {
      return c.json({ error: String(e) }, 400);
    }
  });
  app.delete('/faults', (c) => {
    ctx.faults.clear();
    return c.json({ ok: true });
  });
  app.delete('/faults/:id', (c) => {
    ctx.faults.clear(Number(c.req.param('id')));
    return c.json({ ok: true });
  });

  app.get('/counters', (c) => c.json(ctx.counters.snapshot()));
  app.post('/counters/reset', (c) => {
    ctx.counters.reset();
    return c.json({ ok: true });
  });

  app.route('/coupang', deps.coupang.control);
  app.route('/alibaba', deps.alibaba.control);
  app.route('/pages', deps.pages.control);
  return app;
}
