import type { DomainOrder } from '../../../domain/order';
import { checkCustomsCode } from '../flow/customs';

/**
 * Who "the same customer" is for the USD 150 test, decided now from the orders in the short-lived
 * cache and never stored: the personal customs code when it is valid (customs adds up by it),
 * else the recipient's name and address. The key lives only in this computation's memory.
 */
function customerKey(o: DomainOrder): string {
  const code = o.recipient.customsCode?.trim().toUpperCase();
  if (code && checkCustomsCode(code) === 'ok') return `c:${code}`;
  return `a:${o.recipient.name}|${o.recipient.postcode}|${o.recipient.address}|${o.recipient.addressDetail}`;
}

/** KST calendar day of a Coupang time (it carries +09:00; never this computer's zone). */
function kstDay(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso.slice(0, 10) : new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * For each order, the summed customs value (US cents) of the same customer's other orders that
 * day. `values` holds the orders whose value is known.
 */
export function sameDayOthers(
  orders: readonly DomainOrder[],
  values: ReadonlyMap<string, number>,
): Map<string, number> {
  const groups = new Map<string, DomainOrder[]>();
  for (const o of orders) {
    if (!values.has(o.key)) continue;
    const k = `${customerKey(o)}@${kstDay(o.orderedAt)}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    const total = group.reduce((n, o) => n + (values.get(o.key) ?? 0), 0);
    for (const o of group) out.set(o.key, total - (values.get(o.key) ?? 0));
  }
  return out;
}
