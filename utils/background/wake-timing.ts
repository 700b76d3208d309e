/** Replaced at build time (wxt.config.ts, vitest.config.ts) by `true` in sandbox builds only. */
declare const __CROSSDOCK_SANDBOX_BUILD__: boolean;

/** `pageFonts`: the pages' fonts were warmed (core/page-fonts.ts), about a second after the wake. */
export type WakePhase = 'main' | 'listening' | 'firstMessage' | 'firstReply' | 'pageFonts';

/**
 * `npm run bench -- worker` splits a wake into its phases: the first time each is reached, in ms
 * on the worker's own clock (0 = its global created; `main` = every module evaluated). Sandbox
 * builds only: the constant folds, so a store build records nothing.
 */
export function wakeMark(phase: WakePhase): void {
  if (!__CROSSDOCK_SANDBOX_BUILD__) return;
  const g = globalThis as { crossdockWakeTiming?: Partial<Record<WakePhase, number>> };
  g.crossdockWakeTiming ??= {};
  g.crossdockWakeTiming[phase] ??= performance.now();
}
