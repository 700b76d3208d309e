import { type ServerType, serve } from '@hono/node-server';
import { sandboxPorts } from '../build/build-env';
import { createAlibabaModule } from './alibaba';
import type { SandboxConfig } from './config';
import { createControlApp } from './control';
import { createContext, DEFAULT_SEED, type SandboxContext, type SeedOptions } from './core/context';
import { createCoupangModule } from './coupang';
import { createPagesModule } from './pages';

export interface RunningSandbox {
  config: SandboxConfig;
  ctx: SandboxContext;
  close(): Promise<void>;
}

export interface StartOptions {
  port: number;
  host?: string;
  seed?: Partial<SeedOptions>;
}

/**
 * Starts the whole sandbox: one process, one port per marketplace (so every request path is the
 * real one), one for the seller pages (served by Host header as `<real host>.localhost`), one for
 * the control API.
 */
export async function startSandbox(opts: StartOptions): Promise<RunningSandbox> {
  const host = opts.host ?? '127.0.0.1';
  const ports = sandboxPorts(opts.port);
  const ctx = createContext({
    coupangBaseUrl: `http://${host}:${ports.coupang}`,
    alibabaBaseUrl: `http://${host}:${ports.alibaba}`,
    pagesPort: ports.pages,
    controlUrl: `http://${host}:${ports.control}/__control`,
  });
  const coupang = createCoupangModule(ctx);
  const alibaba = createAlibabaModule(ctx);
  const pages = createPagesModule(ctx, { coupang, alibaba });
  const seed: SeedOptions = { ...DEFAULT_SEED, ...opts.seed };
  const resetAll = (s: SeedOptions) => {
    ctx.clock.reset();
    ctx.counters.reset();
    ctx.faults.clear();
    coupang.reset(s);
    alibaba.reset(s);
    pages.reset(s);
  };
  resetAll(seed);

  const config = (): SandboxConfig => ({
    coupang: coupang.describe(),
    alibaba: alibaba.describe(),
    controlUrl: ctx.urls.controlUrl,
    pages: pages.describe(),
    ports,
  });
  const control = createControlApp(ctx, { coupang, alibaba, pages, resetAll, config });

  const servers: ServerType[] = [];
  const listen = (app: { fetch: (req: Request) => Response | Promise<Response> }, port: number) =>
    new Promise<void>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve());
      s.once('error', reject);
      servers.push(s);
    });
  await listen(coupang.app, ports.coupang);
  await listen(alibaba.app, ports.alibaba);
  await listen(pages.app, ports.pages);
  await listen(control, ports.control);

  return {
    config: config(),
    ctx,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((r) => {
              // Long-polling faults (timeout) must not keep the process alive on close.
              (s as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
              s.close(() => r());
            }),
        ),
      );
    },
  };
}
