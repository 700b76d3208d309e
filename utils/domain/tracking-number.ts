/**
 * A courier's invoice (tracking) number format, and the one check of it. The background's invoice
 * import and the side panel's invoice forms both use this check, so a number the form accepts is
 * one the import accepts too, and each says the same thing about one it refuses.
 */
// No schema library here: the invoice forms load this with the order detail (the wire schema of a
// rule is in protocol/messages/orders.ts).
export interface TrackingRule {
  /** Allowed lengths, or an inclusive range. */
  readonly lengths?: readonly number[];
  min?: number;
  max?: number;
  /** Digits only (all documented domestic formats); otherwise letters and digits. */
  digitsOnly: boolean;
}

/** Used when a courier has no documented format. */
export const GENERIC_TRACKING_RULE: TrackingRule = { min: 8, max: 20, digitsOnly: false };

/** Tracking numbers as sellers paste them: spaces and hyphens removed, letters upper-cased. */
export function normalizeTrackingNumber(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export type TrackingCheck = { ok: true; value: string } | { ok: false; expected: string };

/** Checks a tracking number (normalized first) against the courier's rule or the generic 8–20 rule. */
export function checkTrackingNumber(rule: TrackingRule | undefined, raw: string): TrackingCheck {
  const value = normalizeTrackingNumber(raw);
  const r = rule ?? GENERIC_TRACKING_RULE;
  const charsetOk = r.digitsOnly ? /^\d+$/.test(value) : /^[0-9A-Z]+$/.test(value);
  const lengthOk = r.lengths
    ? r.lengths.includes(value.length)
    : value.length >= (r.min ?? 1) && value.length <= (r.max ?? Number.POSITIVE_INFINITY);
  if (charsetOk && lengthOk) return { ok: true, value };
  return { ok: false, expected: describeRule(r) };
}

/** Machine-readable rule text for UI params, e.g. "digits:10|12" or "alnum:8-20". */
function describeRule(rule: TrackingRule): string {
  const set = rule.digitsOnly ? 'digits' : 'alnum';
  const len = rule.lengths ? rule.lengths.join('|') : `${rule.min ?? 1}-${rule.max ?? ''}`;
  return `${set}:${len}`;
}
