import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type AccountRecord, AccountsService } from '@/utils/background/core/accounts';
import { SettingsService } from '@/utils/background/core/settings-service';
import { ConsentService } from '@/utils/background/privacy/consent-service';
import { BLOCK_MARGIN_MS, syncAlarmName } from '@/utils/background/schedule/decisions';
import { SyncScheduler } from '@/utils/background/schedule/scheduler';
import { deleteDatabase } from '@/utils/background/store/db';
import { CheckpointStore } from '@/utils/background/sync/checkpoints';
import { SyncCoordinator } from '@/utils/background/sync/sync-coordinator';
import type { AccountSyncer } from '@/utils/background/sync/types';

const MIN = 60_000;
const A = 'coupang:A00012345';
const START = Date.parse('2025-03-10T01:00:00Z');

/**
 * A marketplace whose sync takes 3 pages of 10 s each and checkpoints after every page, like the
 * real syncers. `pagesFetched` shows what was read, so a resumed run visibly continues.
 */
function fakeSyncer(checkpoints: CheckpointStore, opts: { rateLimitUntil?: () => number | undefined } = {}) {
  const runs: Array<{ from: number }> = [];
  const pagesFetched: number[] = [];
  let active = 0;
  let maxActive = 0;
  const syncer: AccountSyncer = {
    marketplace: 'coupang',
    async sync(account, { signal }) {
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        const until = opts.rateLimitUntil?.();
        if (until) throw Object.assign(new Error('rate limited'), { kind: 'rateLimited', blockedUntil: until });
        const cp = (await checkpoints.load<{ page: number }>(account.accountKey, 'job')) ?? { page: 0 };
        runs.push({ from: cp.page });
        for (let page = cp.page; page < 3; page++) {
          await new Promise((r) => setTimeout(r, 10_000));
          if (signal.aborted) return;
          pagesFetched.push(page);
          await checkpoints.save(account.accountKey, 'job', { page: page + 1 });
        }
        await checkpoints.clear(account.accountKey, 'job');
      } finally {
        active--;
      }
    },
  };
  return { syncer, runs, pagesFetched, maxActive: () => maxActive };
}

/** One worker's services (a "suspension" is building them again over the same storage). */
function worker(syncer: AccountSyncer) {
  const accounts = new AccountsService();
  const settings = new SettingsService();
  const consent = new ConsentService();
  const sync = new SyncCoordinator({ accounts, onProgress: () => undefined, now: Date.now });
  sync.register(syncer);
  const scheduler = new SyncScheduler({ accounts, settings, consent, sync, now: Date.now });
  return { accounts, settings, consent, sync, scheduler };
}

const account = (over: Partial<AccountRecord> = {}): AccountRecord => ({
  accountKey: A,
  marketplace: 'coupang',
  accountId: 'A00012345',
  label: 'Demo',
  mode: 'apiKey',
  maskedKey: 'abcd…wxyz',
  connectedAt: START - 60 * MIN,
  status: 'ok',
  lastSyncAt: START - 10 * MIN,
  ...over,
});

/** Lets real async work (fake-indexeddb runs on setImmediate) catch up with the fake clock. */
async function settle() {
  for (let i = 0; i < 30; i++) await new Promise((r) => setImmediate(r));
}

/** Advances the fake clock in 1 s steps, letting storage work finish between steps. */
async function advance(ms: number) {
  for (let left = ms; left > 0; left -= 1000) {
    await settle();
    await vi.advanceTimersByTimeAsync(Math.min(1000, left));
  }
  await settle();
}

async function alarm(name = syncAlarmName(A)) {
  return (await fakeBrowser.alarms.get(name))!;
}

describe('the sync schedule (fake timers)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteDatabase();
    // Date and timers are fake; fake-indexeddb's setImmediate stays real.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], now: START });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps one alarm per account and never runs two syncs of it at once', async () => {
    const checkpoints = new CheckpointStore();
    const fake = fakeSyncer(checkpoints);
    const w = worker(fake.syncer);
    await w.consent.accept('en');
    await w.accounts.upsert(account());
    await w.scheduler.reconcile();
    expect(await alarm()).toMatchObject({ periodInMinutes: 5 });

    // The alarm fires, then fires again (and the seller presses "sync now") while the first runs.
    expect(await w.scheduler.onAlarm({ name: syncAlarmName(A) })).toEqual({ run: true });
    await advance(5_000);
    expect(await w.scheduler.onAlarm({ name: syncAlarmName(A) })).toEqual({ run: false, reason: 'running' });
    const manual = w.sync.sync(A);
    await advance(40_000);
    await manual;
    expect(fake.runs).toHaveLength(1);
    expect(fake.maxActive()).toBe(1);
    expect(fake.pagesFetched).toEqual([0, 1, 2]);

    // Right after a sync, a tick is redundant; one interval later it runs.
    expect(await w.scheduler.onAlarm({ name: syncAlarmName(A) })).toEqual({ run: false, reason: 'recent' });
    await advance(5 * MIN);
    expect(await w.scheduler.onAlarm({ name: syncAlarmName(A) })).toEqual({ run: true });
  });

  it('pauses on a 429 block and resumes after it', async () => {
    const checkpoints = new CheckpointStore();
    let blockUntil: number | undefined = START + 10 * MIN;
    const fake = fakeSyncer(checkpoints, {
      rateLimitUntil: () => (blockUntil && Date.now() < blockUntil ? blockUntil : undefined),
    });
    const w = worker(fake.syncer);
    await w.consent.accept('en');
    await w.accounts.upsert(account({ lastSyncAt: START - 10 * MIN }));
    await w.scheduler.reconcile();
    const first = await alarm();
    expect(first.scheduledTime).toBeLessThan(START + 10 * MIN);

    // The tick hits the 429: the account is blocked and its alarm moves past the block.
    expect(await w.scheduler.onAlarm({ name: syncAlarmName(A) })).toEqual({ run: true });
    await advance(1_000);
    expect((await w.accounts.health(A)).blockedUntil).toBe(blockUntil);
    expect((await alarm()).scheduledTime).toBe(blockUntil! + BLOCK_MARGIN_MS);

    // A tick inside the block (e.g. the browser fired a stale alarm) sends nothing.
    await advance(2 * MIN);
    expect(await w.scheduler.onAlarm({ name: syncAlarmName(A) })).toMatchObject({ run: false, reason: 'blocked' });

    // After the block: the next tick syncs.
    await advance(9 * MIN);
    blockUntil = undefined;
    expect(await w.scheduler.onAlarm({ name: syncAlarmName(A) })).toEqual({ run: true });
    await advance(40_000);
    expect(fake.pagesFetched).toEqual([0, 1, 2]);
  });

  it('resumes a sync that a suspended worker interrupted, from its checkpoint', async () => {
    const checkpoints = new CheckpointStore();
    const fake = fakeSyncer(checkpoints);
    const first = worker(fake.syncer);
    await first.consent.accept('en');
    await first.accounts.upsert(account());
    void first.sync.sync(A);
    await advance(15_000);
    expect(fake.pagesFetched).toEqual([0]);
    // The worker is suspended: its in-memory state is gone, the checkpoint stays.
    first.sync.cancel(A);
    await advance(10_000);

    const second = worker(fake.syncer);
    expect(await second.scheduler.resumeInterrupted()).toEqual([A]);
    await advance(30_000);
    expect(fake.runs.map((r) => r.from)).toEqual([0, 1]);
    expect(fake.pagesFetched).toEqual([0, 1, 2]);
    // Nothing left to resume.
    expect(await worker(fake.syncer).scheduler.resumeInterrupted()).toEqual([]);
  });

  it('follows interval changes and drops the alarms of a disconnected account', async () => {
    const w = worker(fakeSyncer(new CheckpointStore()).syncer);
    await w.accounts.upsert(account());
    await w.scheduler.reconcile();
    expect((await alarm()).periodInMinutes).toBe(5);

    await w.settings.update({ sync: { intervalMinutes: 15 } });
    await w.scheduler.reconcile();
    expect(await alarm()).toMatchObject({ periodInMinutes: 15, scheduledTime: START + 5 * MIN });

    await w.accounts.remove(A);
    await w.scheduler.reconcile();
    expect(await fakeBrowser.alarms.get(syncAlarmName(A))).toBeUndefined();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
