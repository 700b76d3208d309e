import type { Rng } from '../../core/rng';
import type { OrderStatus } from './model';

const DAY = 86_400_000;

/** Status of a seeded order, by its age: new orders are mostly unpaid/unshipped, old ones done. */
export function statusForAge(rng: Rng, ageMs: number): OrderStatus {
  const r = rng.next();
  if (ageMs < DAY)
    return r < 0.3 ? 'waitbuyerpay' : r < 0.8 ? 'waitsellersend' : r < 0.9 ? 'waitbuyerreceive' : 'cancel';
  if (ageMs < 3 * DAY) {
    return r < 0.1 ? 'waitbuyerpay' : r < 0.5 ? 'waitsellersend' : r < 0.93 ? 'waitbuyerreceive' : 'cancel';
  }
  if (ageMs < 10 * DAY)
    return r < 0.05 ? 'waitsellersend' : r < 0.4 ? 'waitbuyerreceive' : r < 0.9 ? 'success' : 'cancel';
  return r < 0.02 ? 'waitbuyerreceive' : r < 0.88 ? 'success' : r < 0.98 ? 'cancel' : 'terminated';
}

export interface Timeline {
  payMs?: number;
  shipMs?: number;
  receiveMs?: number;
  completeMs?: number;
  closeMs?: number;
  /** The latest of the above (or the creation time): what modifyTime reports. */
  modifyMs: number;
}

const HOUR = 3_600_000;

/**
 * Event times for an order in `status`, in order, with natural gaps (pay within the hour, ship
 * within two days, deliver in two to five, confirm within a week) compressed when needed so the
 * last one falls before `anchorMs`, the business time the data was seeded at.
 */
export function timelineFor(rng: Rng, status: OrderStatus, createMs: number, anchorMs: number): Timeline {
  const gaps: Array<[keyof Omit<Timeline, 'modifyMs'>, number]> = [];
  if (status === 'cancel' || status === 'terminated') {
    if (rng.chance(0.3)) gaps.push(['payMs', rng.int(1, 60) * 60_000]);
    gaps.push(['closeMs', rng.int(1, 72) * HOUR]);
  } else if (status !== 'waitbuyerpay') {
    gaps.push(['payMs', rng.int(1, 60) * 60_000]);
    if (status !== 'waitsellersend' && status !== 'waitlogisticstakein') {
      gaps.push(['shipMs', rng.int(2, 48) * HOUR]);
      if (status !== 'waitbuyerreceive' && status !== 'waitbuyersign') {
        gaps.push(['receiveMs', rng.int(48, 120) * HOUR]);
        if (status === 'success') gaps.push(['completeMs', rng.int(1, 168) * HOUR]);
      }
    }
  }
  const total = gaps.reduce((sum, [, g]) => sum + g, 0);
  const room = Math.max(0, anchorMs - createMs - 1000);
  const scale = total > room ? room / total : 1;
  const t: Timeline = { modifyMs: createMs };
  let at = createMs;
  for (const [key, gap] of gaps) {
    at += Math.floor(gap * scale);
    t[key] = at;
    t.modifyMs = at;
  }
  return t;
}
