import { afterEach, beforeEach, vi } from 'vitest';
import { RequestQueue, type RequestQueueOptions } from '../../../utils/background/net/request-queue';

/** An error carrying the queue traits, as a marketplace client's error would. */
export function failure(traits: {
  retryable?: boolean;
  notProcessed?: boolean;
  rateLimited?: boolean;
  blockedUntil?: number;
  breakerFailure?: boolean;
  code?: string;
}) {
  return Object.assign(new Error(`test failure ${traits.code ?? ''}`), {
    retryable: false,
    breakerFailure: false,
    ...traits,
  });
}

/** A queue with no jitter, 8/s and a burst of 1 unless the test says otherwise. */
export function queue(options: Partial<RequestQueueOptions> = {}) {
  return new RequestQueue({ ratePerSecond: 8, burst: 1, random: () => 0, ...options });
}

/** Fake timers from a fixed instant around each test of the calling file (the queue reads `Date.now`). */
export function useFakeClock() {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-15T00:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
