import { CheckpointStore } from '@/utils/background/sync/checkpoints';
import { freshStorage } from '../services/alibaba/harness';
import { ACCOUNT, drive, newVendor, order, runSync, vendorData, worker } from './sync-harness';

const NOW = Date.parse('2026-11-20T03:00:00Z');
const MIX = { ACCEPT: 1, INSTRUCT: 1, DELIVERING: 1, FINAL_DELIVERY: 4 };

async function storedKeys(w: ReturnType<typeof worker>) {
  return (await w.core.orders.heldOf(ACCOUNT)).map((h) => h.order.key).sort();
}

const counts = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

describe('Coupang sync: pipelined walks', () => {
  beforeEach(async () => {
    await freshStorage();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: NOW });
  });
  afterEach(() => vi.useRealTimers());

  it('walks statuses and delivered-order windows side by side through the queue, each page once', async () => {
    // Answers slower than the queue's pace (8/s): one walk at a time could not keep it busy.
    const vendor = newVendor(vendorData(NOW, MIX), () => 400);
    const w = worker(vendor);
    await drive(runSync(w), vi);

    expect(await storedKeys(w)).toEqual(vendor.orders.map((o) => o.key).sort());
    expect([...counts(vendor.asked).values()].every((n) => n === 1)).toBe(true);
    // More than one walk in flight at once, never more than the queue's 3 concurrent requests.
    expect(vendor.maxInFlight).toBeGreaterThan(1);
    expect(vendor.maxInFlight).toBeLessThanOrEqual(3);
    // Delivered orders (most of them) come in several windows, not one long chain of pages.
    const finalWindows = new Set(
      vendor.asked.filter((a) => a.startsWith('FINAL_DELIVERY')).map((a) => a.split(' #')[0]),
    );
    expect(finalWindows.size).toBeGreaterThan(1);
  });

  it('asks for the next page of a walk while the previous page is still being stored', async () => {
    const vendor = newVendor(vendorData(NOW, { FINAL_DELIVERY: 2 }));
    const w = worker(vendor);
    const log: string[] = [];
    const upsert = w.core.orders.upsertMany.bind(w.core.orders);
    w.core.orders.upsertMany = async (key, orders, ttl) => {
      const first = orders[0]?.shipmentId;
      log.push(`store start ${first}`);
      await new Promise((r) => setTimeout(r, 200)); // a slow store
      await upsert(key, orders, ttl);
      log.push(`store done ${first}`);
    };
    vendor.onAsk = (id) => log.push(`ask ${id}`);
    await drive(runSync(w), vi);

    const firstStoreDone = log.findIndex((l) => l.startsWith('store done'));
    const firstStoreStart = log.findIndex((l) => l.startsWith('store start'));
    const askedWhileStoring = log.slice(firstStoreStart, firstStoreDone).filter((l) => l.startsWith('ask'));
    expect(askedWhileStoring.length).toBeGreaterThan(0);
  });

  it('keeps the later status of an order met by two walks, whichever answers last', async () => {
    const today = '2026-11-20';
    const moved = order('200000000000000001', 'INSTRUCT', today);
    // The ACCEPT walk read the order before it moved on, but its answer arrives last.
    const stale = { ...order('200000000000000001', 'ACCEPT', today) };
    const vendor = newVendor([stale, moved], (status) => (status === 'ACCEPT' ? 2_000 : 10));
    const w = worker(vendor);
    await drive(runSync(w), vi);
    const [held] = await w.core.orders.heldOf(ACCOUNT);
    expect(held.order.marketStatus).toBe('INSTRUCT');
  });

  it('keeps the later status even when the stale copy arrives while the newer one is being stored', async () => {
    const today = '2026-11-20';
    const moved = order('200000000000000001', 'INSTRUCT', today);
    const stale = { ...order('200000000000000001', 'ACCEPT', today) };
    const vendor = newVendor([stale, moved], (status) => (status === 'ACCEPT' ? 2_000 : 10));
    const w = worker(vendor);
    // The INSTRUCT page's store is still running (3 s) when the ACCEPT page comes in (2 s), and
    // the ACCEPT page's store takes longer still (5 s): it would finish last.
    const upsert = w.core.orders.upsertMany.bind(w.core.orders);
    w.core.orders.upsertMany = async (key, orders, ttl) => {
      const slow = orders.some((o) => o.marketStatus === 'INSTRUCT') ? 3_000 : orders.length ? 5_000 : 0;
      await new Promise((r) => setTimeout(r, slow));
      await upsert(key, orders, ttl);
    };
    await drive(runSync(w), vi);
    const [held] = await w.core.orders.heldOf(ACCOUNT);
    expect(held.order.marketStatus).toBe('INSTRUCT');
  });

  it('checkpoints cost the size of the plan, not of the orders seen', async () => {
    const largestCheckpoint = async (perDay: Record<string, number>) => {
      await freshStorage();
      const vendor = newVendor(vendorData(NOW, perDay));
      const w = worker(vendor);
      const saved: string[] = [];
      const save = w.core.checkpoints.save.bind(w.core.checkpoints);
      w.core.checkpoints.save = async (key, job, state) => {
        saved.push(JSON.stringify(state));
        await save(key, job, state);
      };
      await drive(runSync(w), vi);
      for (const o of vendor.orders.slice(0, 50)) expect(saved.some((s) => s.includes(o.shipmentId))).toBe(false);
      return Math.max(...saved.map((s) => s.length));
    };
    const small = await largestCheckpoint(MIX);
    const fourTimes = await largestCheckpoint({ ACCEPT: 4, INSTRUCT: 4, DELIVERING: 4, FINAL_DELIVERY: 16 });
    // Four times the orders: the same checkpoint, give or take a few digits of progress.
    expect(fourTimes).toBeLessThan(small * 1.1);
  });

  it('a worker killed mid-walk resumes every walk where it stopped: no answered page asked again', async () => {
    const orders = vendorData(NOW, MIX);
    const reference = orders.map((o) => o.key).sort();

    const first = newVendor(orders);
    const w1 = worker(first);
    void runSync(w1).catch(() => undefined);
    // Let about a third of the pages through, then the worker dies with requests in flight.
    for (let i = 0; i < 10_000 && first.answered.length < 20; i++) {
      await vi.advanceTimersByTimeAsync(5);
      await new Promise((r) => setImmediate(r));
    }
    first.dead = true;
    // Pages already answered finish storing (a real kill may cut these short: they are asked
    // again). Storing takes real turns (WebCrypto, IndexedDB), more of them on a busy machine: wait
    // until the checkpoint has not moved for many turns, not for a fixed count of them.
    const checkpoints = new CheckpointStore();
    let seen = '';
    for (let i = 0, still = 0; still < 100 && i < 20_000; i++) {
      await vi.advanceTimersByTimeAsync(1);
      await new Promise((r) => setImmediate(r));
      const now = JSON.stringify(await checkpoints.load(ACCOUNT, 'coupang.orders'));
      still = now === seen && w1.core.orders.stamp().writing === 0 ? still + 1 : 0;
      seen = now;
    }
    const answeredBefore = new Set(first.answered);
    expect(await checkpoints.load(ACCOUNT, 'coupang.orders')).toBeDefined();

    const second = newVendor(orders);
    const w2 = worker(second);
    await drive(runSync(w2), vi);

    expect(await storedKeys(w2)).toEqual(reference);
    expect(second.asked.filter((id) => answeredBefore.has(id))).toEqual([]);
    expect([...counts(second.asked).values()].every((n) => n === 1)).toBe(true);
    // Resumed, not restarted: the second worker asked only for what the first never got.
    const uninterrupted = newVendor(orders);
    await freshStorage();
    await drive(runSync(worker(uninterrupted)), vi);
    expect(second.asked.length + answeredBefore.size).toBe(uninterrupted.asked.length);
  });

  it('re-reads active orders no walk returned in this run, and only those', async () => {
    const vendor = newVendor(vendorData(NOW, { ACCEPT: 1 }));
    const w = worker(vendor);
    const gone = order('300000000000000001', 'ACCEPT', '2026-11-19');
    await w.core.orders.upsertMany(ACCOUNT, [gone], 60 * 60_000);
    await vi.advanceTimersByTimeAsync(1_000);
    await drive(runSync(w), vi);
    expect(vendor.reread).toEqual([gone.shipmentId]);
    const held = (await w.core.orders.held([gone.key])).get(gone.key);
    expect(held?.order.workState).toBe('cancelled');
  });

  it('announces the last stored page when the sync ends, not an interval later', async () => {
    const vendor = newVendor(vendorData(NOW, { FINAL_DELIVERY: 20 }));
    const w = worker(vendor);
    // The held set's version each announcement saw: the last one must have seen the last page.
    // (Timestamps taken after each store would miss a last page announced within the store itself.)
    let heard = -1;
    w.core.orders.onChange(() => {
      heard = w.core.orders.stamp().version;
    });
    await drive(runSync(w), vi);
    expect(heard).toBe(w.core.orders.stamp().version);
  });
});
