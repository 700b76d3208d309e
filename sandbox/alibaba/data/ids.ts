import type { Rng } from '../../core/rng';

/** Mixes a seed with integers into a new 32-bit seed (so each order gets its own stream). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

const BODY_MOD = 10n ** 14n;

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

/**
 * 19-digit order ids for one seeded order set, computed from the order's index and decodable
 * back to it, so 100,000 orders need no id table: `prefix(4) + permuted index(14) + odd digit`.
 *
 * The last digit is odd on purpose: an odd integer above 2^53 is never exactly representable as
 * a double, so `JSON.parse` corrupts every one of these ids (as it does real 1688 ids).
 */
export class OrderIdCodec {
  private readonly a: bigint;
  private readonly aInverse: bigint;
  private readonly b: bigint;

  constructor(
    readonly prefix: string,
    rng: Rng,
  ) {
    if (!/^[23]\d{3}$/.test(prefix)) throw new Error(`bad order id prefix ${prefix}`);
    // A multiplier coprime to 10^14 makes index -> body a bijection.
    let a = BigInt(rng.digits(13));
    while (a % 2n === 0n || a % 5n === 0n) a += 1n;
    this.a = a;
    this.aInverse = modInverse(a, BODY_MOD);
    this.b = BigInt(rng.digits(13));
  }

  encode(index: number): string {
    const body = (BigInt(index) * this.a + this.b) % BODY_MOD;
    return `${this.prefix}${body.toString().padStart(14, '0')}${1 + 2 * (index % 5)}`;
  }

  /** The index an id encodes, or -1 when the id is not one of this codec's. */
  decode(id: string): number {
    if (id.length !== 19 || !id.startsWith(this.prefix) || !/^\d+$/.test(id)) return -1;
    const body = BigInt(id.slice(4, 18));
    const index = Number((((((body - this.b) % BODY_MOD) + BODY_MOD) % BODY_MOD) * this.aInverse) % BODY_MOD);
    return this.encode(index) === id ? index : -1;
  }
}

const HEX = '0123456789abcdef';
export function hexId(rng: Rng, length = 32): string {
  let s = '';
  for (let i = 0; i < length; i++) s += HEX[rng.int(0, 15)];
  return s;
}

/** A Chinese mobile number: 1[3-9] + 9 digits. */
export function mobile(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 9))}${rng.digits(8).slice(0, 8)}`;
}
