import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountsService } from '@/utils/background/core/accounts';
import { QueueUnavailableError } from '@/utils/background/net';
import { SyncCoordinator, type SyncStatus } from '@/utils/background/sync/sync-coordinator';

async function setup(error: unknown) {
  fakeBrowser.reset();
  const accounts = new AccountsService();
  await accounts.upsert({
    accountKey: 'coupang:A00012345',
    marketplace: 'coupang',
    accountId: 'A00012345',
    label: 'x',
    mode: 'apiKey',
    maskedKey: 'abcd…wxyz',
    connectedAt: 1,
    status: 'ok',
    lastSyncAt: 1,
  });
  const seen: SyncStatus[] = [];
  const sync = new SyncCoordinator({ accounts, onProgress: (s) => seen.push(s), now: () => 1000 });
  sync.register({
    marketplace: 'coupang',
    sync: async () => {
      throw error;
    },
  });
  return { sync, accounts, seen };
}

describe('sync coordinator', () => {
  it('a queue refusal during a 429 block ends the sync as blocked until the block lifts', async () => {
    const { sync, accounts } = await setup(new QueueUnavailableError('blocked', 61_000));
    expect(await sync.sync('coupang:A00012345')).toMatchObject({ phase: 'blocked', blockedUntil: 61_000 });
    expect(await accounts.health('coupang:A00012345')).toEqual({ blockedUntil: 61_000 });
  });

  it('an open circuit is a failure, not a block', async () => {
    const { sync } = await setup(new QueueUnavailableError('circuitOpen', 31_000));
    expect(await sync.sync('coupang:A00012345')).toMatchObject({ phase: 'failed', blockedUntil: undefined });
  });
});

describe('sync progress announcements', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces a burst of page progress a few times, keeps the latest for status queries, and always the end', async () => {
    fakeBrowser.reset();
    const accounts = new AccountsService();
    await accounts.upsert({
      accountKey: 'coupang:A00012345',
      marketplace: 'coupang',
      accountId: 'A00012345',
      label: 'x',
      mode: 'apiKey',
      maskedKey: 'abcd…wxyz',
      connectedAt: 1,
      status: 'ok',
    });
    const seen: SyncStatus[] = [];
    const sync = new SyncCoordinator({ accounts, onProgress: (s) => seen.push(s), now: () => 1000 });
    let release!: () => void;
    sync.register({
      marketplace: 'coupang',
      sync: async (_a, opts) => {
        for (let page = 1; page <= 200; page++) opts.progress(page * 50); // 200 pages stored at once
        await new Promise<void>((r) => (release = r));
      },
    });
    const done = sync.sync('coupang:A00012345');
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.statuses()[0]).toMatchObject({ phase: 'running', done: 10_000 });
    expect(seen.length).toBeLessThanOrEqual(3);
    await vi.advanceTimersByTimeAsync(300);
    expect(seen.at(-1)).toMatchObject({ phase: 'running', done: 10_000 });
    const running = seen.length;
    release();
    await done;
    expect(seen.length).toBe(running + 1);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', done: 10_000 });
  });
});
