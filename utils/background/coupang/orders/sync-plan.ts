import { addDays, type OrderStatus, type WalkCheckpoint } from '../api';

/** How far back a sync looks (KST days, today included). Orders older than this age out of the cache. */
export const LOOKBACK_DAYS = 30;
/** Delivered orders only change back rarely: an incremental sync reads just the last few days of them. */
export const FINAL_DELIVERY_DAYS = 3;
/**
 * Most of a seller's orders are delivered ones. Their nextToken pages can only be read one after
 * another, so a full sync splits their range into windows of this many days, walked side by side:
 * enough independent walks to keep the queue's concurrent slots busy at the configured rate.
 */
export const FINAL_DELIVERY_WINDOW_DAYS = 5;

const ACTIVE: OrderStatus[] = ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'NONE_TRACKING'];

/** How far along Coupang's one-way order flow a status is: a later one always wins within a run. */
export const STATUS_RANK: Record<string, number> = {
  ACCEPT: 0,
  INSTRUCT: 1,
  DEPARTURE: 2,
  DELIVERING: 3,
  NONE_TRACKING: 3,
  FINAL_DELIVERY: 4,
};

export interface Step {
  kind: 'status' | 'cancels';
  status?: OrderStatus;
  from: string;
  to: string;
}

/** One walk of the plan and how far it got: `at` is the next page; `done` once its range is read. */
export interface StepState {
  step: Step;
  at: WalkCheckpoint | null;
  done: boolean;
  /** Orders stored by this walk (progress). */
  stored: number;
}

export interface Checkpoint {
  /** Shape version: a checkpoint of another shape belongs to an older build and is dropped. */
  v: 2;
  startedAt: number;
  /** The cancel walk (read first, alone), then the status walks (side by side). */
  steps: StepState[];
  /** Pending stop-shipment requests by shipmentBoxId (applied to every order stored). */
  cancels: Record<string, { receiptId: string; cancelCount: number }>;
}

/**
 * The walks of one run. The checkpoint holds the plan, so a resumed run walks the very same
 * ranges (window indexes are positions in a range's split) even if the day changed meanwhile.
 */
export function plan(full: boolean, today: string): Step[] {
  const from = addDays(today, -(LOOKBACK_DAYS - 1));
  // Cancel requests first: every order stored afterwards already carries its pending request.
  const steps: Step[] = [{ kind: 'cancels', from, to: today }];
  steps.push(...ACTIVE.map((status): Step => ({ kind: 'status', status, from, to: today })));
  const finalFrom = full ? from : addDays(today, -(FINAL_DELIVERY_DAYS - 1));
  // Newest first: the windows with most orders start earliest.
  for (let to = today; to >= finalFrom; to = addDays(to, -FINAL_DELIVERY_WINDOW_DAYS)) {
    const start = addDays(to, -(FINAL_DELIVERY_WINDOW_DAYS - 1));
    steps.push({ kind: 'status', status: 'FINAL_DELIVERY', from: later(start, finalFrom), to });
  }
  return steps;
}

/** The later of two KST dates (YYYY-MM-DD compares as text). */
function later(a: string, b: string): string {
  if (a < b) return b;
  return a;
}

export function freshCheckpoint(full: boolean, today: string, now: number): Checkpoint {
  return {
    v: 2,
    startedAt: now,
    steps: plan(full, today).map((step) => ({ step, at: null, done: false, stored: 0 })),
    cancels: {},
  };
}

export function isCheckpoint(saved: unknown): saved is Checkpoint {
  return (saved as Partial<Checkpoint> | undefined)?.v === 2;
}
