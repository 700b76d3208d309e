import { Rng } from '../../core/rng';
import type { Member } from '../members';
import { mixSeed, OrderIdCodec } from './ids';
import { ORDER_STATUSES, type Order, type OrderStatus } from './model';
import { statusForAge, timelineFor } from './timeline';

const DAY = 86_400_000;

/**
 * The seeded orders of one member in one role, held as columns (creation time, modify time,
 * status) so 100,000 orders cost a few MB and list filters are a tight loop. Everything else
 * about an order is regenerated on demand from its own random stream (see order-gen.ts).
 * Index 0 is the newest order.
 */
export class SeededOrderSet {
  readonly createMs: Float64Array;
  readonly modifyMs: Float64Array;
  readonly status: Uint8Array;
  readonly codec: OrderIdCodec;
  /** Seeded orders changed since seeding (control patches), in full, by index. */
  readonly overrides = new Map<number, Order>();

  constructor(
    readonly member: Member,
    readonly role: 'seller' | 'buyer',
    readonly count: number,
    readonly seed: number,
    /** Business time the set was seeded at; every order is older. */
    readonly anchorMs: number,
    /** Statuses forced onto the newest orders, so samples always exist. */
    private readonly forced: readonly OrderStatus[],
  ) {
    const rng = new Rng(seed);
    this.codec = new OrderIdCodec(`${role === 'seller' ? 2 : 3}${rng.digits(3)}`, rng);
    this.createMs = new Float64Array(count);
    this.modifyMs = new Float64Array(count);
    this.status = new Uint8Array(count);
    // A small shop's orders spread over about a day each; a big one's over the last 80 days.
    const span = Math.min(80 * DAY, Math.max(count, 1) * DAY);
    const meanGap = span / Math.max(count, 1);
    let t = anchorMs - 60_000;
    for (let i = 0; i < count; i++) {
      t -= Math.floor(meanGap * (0.2 + 1.6 * rng.next()));
      this.createMs[i] = t;
      const { status, timeline } = this.lifecycle(i);
      this.status[i] = ORDER_STATUSES.indexOf(status);
      this.modifyMs[i] = timeline.modifyMs;
    }
  }

  /** The status and event times an order was seeded with (reproducible from its index). */
  lifecycle(index: number) {
    const rng = new Rng(mixSeed(this.seed, index, 1));
    const createMs = this.createMs[index];
    const status = this.forced[index] ?? statusForAge(rng, this.anchorMs - createMs);
    return { status, timeline: timelineFor(rng, status, createMs, this.anchorMs) };
  }

  /** The random stream the rest of the order (lines, people, parcels) is drawn from. */
  detailRng(index: number): Rng {
    return new Rng(mixSeed(this.seed, index, 2));
  }

  idOf(index: number): string {
    return this.codec.encode(index);
  }
  indexOf(orderId: string): number {
    const i = this.codec.decode(orderId);
    return i >= 0 && i < this.count ? i : -1;
  }
  statusAt(index: number): OrderStatus {
    return ORDER_STATUSES[this.status[index]];
  }
  /** The newest order in `status` at least `minAgeMs` old (a sample whose parcel has moved). */
  newestWith(status: OrderStatus, minAgeMs: number): string | undefined {
    for (let i = 0; i < this.count; i++) {
      if (this.statusAt(i) === status && this.anchorMs - this.createMs[i] >= minAgeMs) return this.idOf(i);
    }
    return undefined;
  }
}
