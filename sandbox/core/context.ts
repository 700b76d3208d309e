import type { Hono } from 'hono';
import { SandboxClock } from './clock';
import { Counters } from './counters';
import { FaultRegistry } from './faults';

/** Sizes of seeded data sets. `orders` is per Coupang vendor and per 1688 member. */
export interface SeedOptions {
  seed: number;
  orders: number;
}

export const DEFAULT_SEED: SeedOptions = { seed: 20261122, orders: 60 };

/** Tunables tests set through the control API (short windows keep tests fast). */
export interface SandboxSettings {
  coupangRatePerSecond: number;
  coupangBlockMs: number;
  coupangRocketGrowthPerMinute: number;
  alibabaCallsPerSecond: number;
  alibabaAccessTokenSeconds: number;
  alibabaRefreshTokenSeconds: number;
  alibabaCodeSeconds: number;
  /** Sandbox time an order spends in DEPARTURE / DELIVERING before moving on. */
  coupangDepartureToDeliveringMs: number;
  coupangDeliveringToFinalMs: number;
}

export const DEFAULT_SETTINGS: SandboxSettings = {
  coupangRatePerSecond: 10,
  coupangBlockMs: 60_000,
  coupangRocketGrowthPerMinute: 50,
  alibabaCallsPerSecond: 20,
  alibabaAccessTokenSeconds: 10 * 3600,
  alibabaRefreshTokenSeconds: 180 * 24 * 3600,
  alibabaCodeSeconds: 120,
  coupangDepartureToDeliveringMs: 6 * 3600_000,
  coupangDeliveringToFinalMs: 24 * 3600_000,
};

export interface SandboxUrls {
  coupangBaseUrl: string;
  alibabaBaseUrl: string;
  pagesPort: number;
  controlUrl: string;
}

/** Shared by every part of the sandbox. */
export interface SandboxContext {
  clock: SandboxClock;
  counters: Counters;
  faults: FaultRegistry;
  settings: SandboxSettings;
  urls: SandboxUrls;
}

export function createContext(urls: SandboxUrls): SandboxContext {
  return {
    clock: new SandboxClock(),
    counters: new Counters(),
    faults: new FaultRegistry(),
    settings: { ...DEFAULT_SETTINGS },
    urls,
  };
}

/**
 * What each marketplace module gives the server: its gateway app, its own control routes
 * (mounted at /__control/<market>/…), a reset that reseeds its data, and the public facts the
 * first stdout line announces.
 */
export interface MarketModule<Describe> {
  app: Hono;
  control: Hono;
  reset(seed: SeedOptions): void;
  describe(): Describe;
}
