import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWakeGate } from '@/utils/background/wake-gate';

/** Counts how often work chained on the gate ran (a housekeeping stand-in). */
function chained(gate: { opened: Promise<void> }) {
  const ran = { count: 0 };
  void gate.opened.then(() => ran.count++);
  return ran;
}

describe('wake gate: housekeeping after the first reply', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens on the task after the first reply, not inside it', async () => {
    const gate = createWakeGate(300);
    const ran = chained(gate);
    gate.replied();
    await Promise.resolve();
    expect(ran.count).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(ran.count).toBe(1);
  });

  it('opens without any message once the idle delay passes (a wake by an alarm)', async () => {
    const gate = createWakeGate(300);
    const ran = chained(gate);
    await vi.advanceTimersByTimeAsync(299);
    expect(ran.count).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran.count).toBe(1);
  });

  it('opens before the reply when the first handler outlasts the idle delay (a long sync)', async () => {
    const gate = createWakeGate(300);
    const ran = chained(gate);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(ran.count).toBe(1);
    gate.replied();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(ran.count).toBe(1);
  });

  it('runs what waits on it once, however many replies follow', async () => {
    const gate = createWakeGate(300);
    const ran = chained(gate);
    const later = chained(gate);
    for (let i = 0; i < 5; i++) gate.replied();
    await vi.advanceTimersByTimeAsync(1_000);
    expect([ran.count, later.count]).toEqual([1, 1]);
    // Work chained after it opened still runs (a late `whenStarted()` caller).
    const late = chained(gate);
    await Promise.resolve();
    expect(late.count).toBe(1);
  });
});
