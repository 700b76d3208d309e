import { createContext, type SandboxContext, type SeedOptions } from '../../../sandbox/core/context';
import { parseWireJson, toWireJson } from '../../../sandbox/core/json';
import { type CoupangFacts, createCoupangModule } from '../../../sandbox/coupang';
import { ceaAuthorization } from '../../../sandbox/coupang/auth/signature';

export type Vendor = CoupangFacts['vendors'][number];

export interface CallResult {
  status: number;
  text: string;
  /** Parsed losslessly: 18-digit ids come back as bigint. */
  // biome-ignore lint/suspicious/noExplicitAny: tests inspect response bodies field by field
  json: any;
  headers: Headers;
}

export interface CallOptions {
  ip?: string;
  atMs?: number;
  authorization?: string | null;
  headers?: Record<string, string>;
}

/** A Coupang module on a fresh context, seeded small unless told otherwise. */
export function setup(seed: SeedOptions = { seed: 7, orders: 300 }) {
  const ctx: SandboxContext = createContext({
    coupangBaseUrl: 'http://127.0.0.1:18080',
    alibabaBaseUrl: 'http://127.0.0.1:18081',
    pagesPort: 18082,
    controlUrl: 'http://127.0.0.1:18083/__control',
  });
  // Functional tests page freely; rate-limit tests set their own, smaller numbers.
  ctx.settings.coupangRatePerSecond = 1_000_000;
  ctx.settings.coupangRocketGrowthPerMinute = 1_000_000;
  const module = createCoupangModule(ctx);
  module.reset(seed);
  const facts = module.describe();
  const [vendorA, vendorB, vendorC] = facts.vendors;

  /** Sends a correctly signed request, exactly as a well-behaved client would. */
  async function call(vendor: Vendor, method: string, target: string, body?: unknown, opts: CallOptions = {}) {
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    const rawQuery = q < 0 ? '' : target.slice(q + 1);
    const authorization =
      opts.authorization === undefined
        ? ceaAuthorization({ ...vendor, method, path, rawQuery, atMs: opts.atMs })
        : opts.authorization;
    const headers: Record<string, string> = {
      'content-type': 'application/json;charset=UTF-8',
      'x-requested-by': vendor.vendorId,
      ...opts.headers,
    };
    if (authorization !== null) headers.authorization = authorization;
    if (opts.ip) headers['x-sandbox-client-ip'] = opts.ip;
    const res = await module.app.request(`http://api-gateway.localhost${target}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : toWireJson(body),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? parseWireJson(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json, headers: res.headers } as CallResult;
  }

  async function control(method: string, path: string, body?: unknown) {
    const res = await module.control.request(`http://control.localhost${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: tests inspect control replies field by field
    return { status: res.status, json: (await res.json()) as any };
  }

  return { ctx, module, facts, vendorA, vendorB, vendorC, call, control };
}

/** `yyyy-MM-dd` of a KST day `daysAgo` before the business clock. */
export function kstDay(ctx: SandboxContext, daysAgo = 0): string {
  return new Date(ctx.clock.now() + 9 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

export const V5 = '/v2/providers/openapi/apis/api/v5/vendors';
export const V4 = '/v2/providers/openapi/apis/api/v4/vendors';

/** A v5 ordersheet list target, with the offset encoded as the API requires. */
export function ordersheetsTarget(
  ctx: SandboxContext,
  vendorId: string,
  status: string,
  extra = '',
  fromDaysAgo = 30,
): string {
  return `${V5}/${vendorId}/ordersheets?createdAtFrom=${kstDay(ctx, fromDaysAgo)}%2B09:00&createdAtTo=${kstDay(ctx)}%2B09:00&status=${status}${extra}`;
}
