import { Rng } from '../../core/rng';
import { APARTMENTS, DISTRICTS, GIVEN_NAMES, MEMOS, SURNAMES } from './pools';

/**
 * The buyer side of an order, derived from the order's seed on demand instead of stored: 100,000
 * orders per vendor would otherwise carry 100,000 copies of names and addresses.
 */
export interface Buyer {
  ordererName: string;
  receiverName: string;
  /** Safe (virtual) numbers, `0502-1234-5678` style. */
  ordererSafeNumber: string;
  receiverSafeNumber: string;
  addr1: string;
  addr2: string;
  postCode: string;
  memo: string;
  /** 개인통관고유부호 `P` + 12 digits, for cross-border items. */
  customsCode: string;
  /** Real phone given for customs clearance (cross-border only). */
  customsPhone: string;
  refer: string;
  /** 0..999, the sub-millisecond digits of v5 timestamps. */
  micro: number;
  /** Percent of the price taken off by an instant coupon (0 for most orders). */
  couponPercent: number;
}

const REFERS = ['아이폰앱', '안드로이드앱', 'PC웹', '모바일웹'];

function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
}

function safeNumber(rng: Rng): string {
  return `050${rng.int(2, 5)}-${rng.digits(4)}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

function address(rng: Rng): { addr1: string; addr2: string; postCode: string } {
  const d = rng.pick(DISTRICTS);
  const postCode = String(rng.int(d.postcodes[0], d.postcodes[1])).padStart(5, '0');
  if (rng.chance(0.75)) {
    const addr1 = `${d.city} ${d.district} ${rng.pick(d.roads)} ${rng.int(1, 420)}`;
    const addr2 = rng.chance(0.7)
      ? `${rng.pick(APARTMENTS)} ${rng.int(101, 128)}동 ${rng.int(1, 29)}${String(rng.int(1, 6)).padStart(2, '0')}호`
      : `${rng.int(2, 9)}층 ${rng.int(201, 905)}호`;
    return { addr1, addr2, postCode };
  }
  // Lot-number (지번) addresses are still common in buyer input.
  return {
    addr1: `${d.city} ${d.district} ${rng.pick(d.dongs)} ${rng.int(1, 999)}-${rng.int(1, 60)}`,
    addr2: rng.chance(0.5) ? `${rng.int(1, 4)}층` : `${rng.pick(['A', 'B', 'C'])}동 ${rng.int(101, 504)}호`,
    postCode,
  };
}

export function buyerFor(seed: number): Buyer {
  const rng = new Rng(seed);
  const ordererName = personName(rng);
  const gift = rng.chance(0.12);
  const receiverName = gift ? personName(rng) : ordererName;
  const ordererSafeNumber = safeNumber(rng);
  const receiverSafeNumber = gift ? safeNumber(rng) : ordererSafeNumber;
  const { addr1, addr2, postCode } = address(rng);
  return {
    ordererName,
    receiverName,
    ordererSafeNumber,
    receiverSafeNumber,
    addr1,
    addr2,
    postCode,
    memo: rng.pick(MEMOS),
    customsCode: `P${rng.digits(12)}`,
    customsPhone: `010-${rng.digits(4)}-${String(rng.int(0, 9999)).padStart(4, '0')}`,
    refer: rng.pick(REFERS),
    micro: rng.int(0, 999),
    couponPercent: rng.chance(0.2) ? rng.pick([5, 10, 15]) : 0,
  };
}

/** `0502-1234-5678` → `+8250212345678` (E.164, the v5 shape). */
export function toE164(krNumber: string): string {
  const digits = krNumber.replace(/\D/g, '');
  return digits.startsWith('0') ? `+82${digits.slice(1)}` : `+${digits}`;
}
