/**
 * `CROSSDOCK_BENCH_PROFILE=1 npm run bench -- coupang`: a CPU profile of the service worker during
 * the 10,000-order sync, over the DevTools protocol. Writes the `.cpuprofile` (open it in Chrome DevTools → Performance)
 * and prints the functions with the most self time.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { figure } from './support';

export const PROFILE = process.env.CROSSDOCK_BENCH_PROFILE === '1';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

/**
 * Starts profiling the worker; the returned function stops, saves and summarizes. Talks to the
 * worker target through a page's CDP session (Target.sendMessageToTarget), so the browser needs
 * no debugging port.
 */
export async function profileWorker(context: BrowserContext, page: Page, name: string): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  if (!sw) throw new Error('service worker target not found');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let id = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result);
  });
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve) => {
      const n = ++id;
      waiting.set(n, resolve as (r: unknown) => void);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method, params }) });
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 500 });
  await call('Profiler.start');
  return async () => {
    const { profile } = await call<{ profile: CpuProfile }>('Profiler.stop');
    await cdp.detach();
    const file = path.resolve(import.meta.dirname, '..', '.output', `bench-${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    figure(`profile: worker during ${name}`, file);
    summarize(profile);
  };
}

function summarize(profile: CpuProfile): void {
  const total = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0);
  const bySelf = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    bySelf.set(key, (bySelf.get(key) ?? 0) + (n.hitCount ?? 0));
  }
  const ms = (profile.endTime - profile.startTime) / 1000;
  const top = [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [fn, hits] of top)
    figure(`profile: self time ${fn}`.slice(0, 72), `${((hits / total) * 100).toFixed(1)} %`, `of ${ms.toFixed(0)} ms`);
}
