import type { AccountRecord } from '@/utils/background/core/accounts';
import type { CoreServices } from '@/utils/background/core/core';
import { addDays, createCoupangQueue, kstDate } from '@/utils/background/coupang/api';
import { type PageFetcher, walkDateWindows } from '@/utils/background/coupang/api/paging';
import type { DateWindow } from '@/utils/background/coupang/api/windows';
import type { CoupangClients } from '@/utils/background/coupang/client-factory';
import { SideReads } from '@/utils/background/coupang/orders/side-reads';
import { CoupangSyncer } from '@/utils/background/coupang/orders/sync';
import type { RequestQueue } from '@/utils/background/net/request-queue';
import type { DomainOrder } from '@/utils/domain/order';
import { makeCore } from '../services/alibaba/harness';

/**
 * A Coupang vendor for the syncer, in memory: orders by status and day, served in nextToken pages
 * of PAGE orders through a real per-vendor request queue (8/s, 3 at once) after `latency` fake ms.
 * Every page asked for and every page answered is recorded as `status from..to #offset`.
 */
export const PAGE = 5;
export const ACCOUNT = 'coupang:A1';
export const account = { accountKey: ACCOUNT, marketplace: 'coupang', accountId: 'A1' } as AccountRecord;

export function order(shipmentId: string, status: string, orderedDate: string): DomainOrder {
  return {
    key: `${ACCOUNT}:${shipmentId}`,
    marketplace: 'coupang',
    accountId: 'A1',
    role: 'seller',
    orderId: `9${shipmentId}`,
    shipmentId,
    marketStatus: status,
    workState: status === 'ACCEPT' ? 'new' : status === 'FINAL_DELIVERY' ? 'delivered' : 'inTransit',
    orderedAt: `${orderedDate}T10:00:00+09:00`,
    lines: [{ lineId: '1', productName: '텀블러', quantity: 1, unitPrice: { currency: 'KRW', minor: 1000 } }],
    total: { currency: 'KRW', minor: 1000 },
    recipient: { name: '김철수', phone: '0502-1234-5678', postcode: '06236', address: '서울', addressDetail: '1' },
    shipping: {},
    timeline: [],
  };
}

/** `perDay` orders of each status on each of the last 30 KST days before `now`. */
export function vendorData(now: number, perDay: Record<string, number>): DomainOrder[] {
  const today = kstDate(now);
  const out: DomainOrder[] = [];
  let n = 0;
  for (let d = 0; d < 30; d++) {
    const date = addDays(today, -d);
    for (const [status, count] of Object.entries(perDay))
      for (let i = 0; i < count; i++) out.push(order(`1${String(n++).padStart(17, '0')}`, status, date));
  }
  return out;
}

export interface FakeVendor {
  orders: DomainOrder[];
  latency: (status: string) => number;
  /** Once true, requests are sent but never answered (a worker that died mid-request). */
  dead: boolean;
  asked: string[];
  answered: string[];
  inFlight: number;
  maxInFlight: number;
  reread: string[];
  onAsk?: (id: string) => void;
}

const pageId = (status: string, w: DateWindow, offset: number) => `${status} ${w.from}..${w.to} #${offset}`;

export function fakeClients(vendor: FakeVendor, queue: RequestQueue = createCoupangQueue()): CoupangClients {
  const fetcher =
    (status: string): PageFetcher<unknown> =>
    async (w, token) => {
      const offset = Number(token ?? 0);
      const id = pageId(status, w, offset);
      vendor.asked.push(id);
      vendor.onAsk?.(id);
      vendor.inFlight++;
      vendor.maxInFlight = Math.max(vendor.maxInFlight, vendor.inFlight);
      await new Promise((r) => setTimeout(r, vendor.latency(status)));
      if (vendor.dead) return new Promise(() => undefined);
      vendor.inFlight--;
      vendor.answered.push(id);
      const all =
        status === 'cancels'
          ? []
          : vendor.orders.filter(
              (o) =>
                o.marketStatus === status && o.orderedAt.slice(0, 10) >= w.from && o.orderedAt.slice(0, 10) <= w.to,
            );
      const items = all.slice(offset, offset + PAGE);
      return { items, nextToken: offset + PAGE < all.length ? String(offset + PAGE) : undefined };
    };
  const queued =
    (status: string, signal?: AbortSignal): PageFetcher<unknown> =>
    (w, token) =>
      queue.run(() => fetcher(status)(w, token), { priority: 'background', signal });
  const client = {
    orders: {
      walk: (p: { status: string; from: string; to: string; resume: never }, o: { signal?: AbortSignal }) =>
        walkDateWindows({ from: p.from, to: p.to }, 31, queued(p.status, o.signal), p.resume),
      getByShipmentBoxId: async (id: string) => {
        vendor.reread.push(id);
        throw Object.assign(new Error('gone'), { kind: 'notFound' });
      },
    },
    returns: {
      walkStopShipmentRequests: (r: DateWindow, resume: never, o: { signal?: AbortSignal }) =>
        walkDateWindows(r, 31, queued('cancels', o.signal), resume),
    },
  };
  return { get: async () => client } as unknown as CoupangClients;
}

export function newVendor(orders: DomainOrder[], latency: FakeVendor['latency'] = () => 30): FakeVendor {
  return { orders, latency, dead: false, asked: [], answered: [], inFlight: 0, maxInFlight: 0, reread: [] };
}

/** A worker: its own in-memory order store and syncer over the shared (fake) IndexedDB. */
export function worker(vendor: FakeVendor) {
  const core: CoreServices = makeCore(fetch, () => Date.now());
  return { core, syncer: new CoupangSyncer(core, fakeClients(vendor), new SideReads()) };
}

export function runSync(w: ReturnType<typeof worker>, full = true) {
  return w.syncer.sync(account, { full, progress: () => undefined, signal: new AbortController().signal });
}

/** Drives fake time until `p` settles (IndexedDB and WebCrypto work on real turns in between). */
export async function drive<T>(p: Promise<T>, vi: { advanceTimersByTimeAsync(ms: number): Promise<unknown> }) {
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 200_000 && !settled; i++) {
    await vi.advanceTimersByTimeAsync(5);
    await new Promise((r) => setImmediate(r));
  }
  return p;
}
