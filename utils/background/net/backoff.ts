/**
 * Exponential backoff with jitter. The jitter only shortens the delay (never lengthens it), so the
 * upper bound is predictable: delay ∈ [d·(1−jitter), d] with d = min(max, base·2^(retry−1)).
 * Random jitter keeps several workers or tabs from retrying in lock-step.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** 0 = no jitter, 1 = anywhere between 0 and the full delay. */
  jitter: number;
}

export function backoffDelay(retry: number, options: BackoffOptions, random: () => number): number {
  const exp = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  const jitter = Math.min(1, Math.max(0, options.jitter));
  return Math.round(exp * (1 - jitter * random()));
}
