import { z } from 'zod';
import { type Money, money } from '../../../domain/money';
import { coupangToKstIso } from './kst';

/**
 * Building blocks shared by the per-group schemas. Responses are parsed with `parseLosslessJson`,
 * so an id arrives as a number when it is safe and as a digit string when it is not (18-digit
 * shipmentBoxId); both become strings here. Unknown keys are stripped (zod's default), which also
 * keeps unneeded personal data out of anything derived from a parsed response.
 */

/** Empty strings mean "absent" in many Coupang samples. */
const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const id = z.lazy(() =>
  z.union([z.string().regex(/^-?\d+$/, 'expected digits'), z.number().int()]).transform(String),
);
export const optionalId = z.lazy(() => z.preprocess(emptyToUndefined, id.optional()));

/** A code that is a string in some samples and a number in others (`code: 200` vs `"200"`). */
export const looseCode = z.lazy(() => z.union([z.string(), z.number()]));

/** Absent, null and "" all become undefined (Coupang sends all three for "no value"). */
export const optionalText = z.lazy(() =>
  z
    .string()
    .nullish()
    .transform((v) => (v === '' || v === null ? undefined : v)),
);

export const int = z.lazy(() => z.number().int());
export const optionalInt = z.lazy(() => z.preprocess(emptyToUndefined, z.number().int().optional()));
/** Coupang writes some flags as JSON booleans and others as "true"/"false" or "Y"/"N" strings. */
export const optionalBool = z.lazy(() =>
  z
    .union([z.boolean(), z.enum(['true', 'false', 'TRUE', 'FALSE', 'Y', 'N'])])
    .nullish()
    .transform((v) =>
      v === undefined || v === null
        ? undefined
        : typeof v === 'boolean'
          ? v
          : v === 'true' || v === 'TRUE' || v === 'Y',
    ),
);

/** A Coupang date (any documented format) → KST ISO string; an unparsable value is an issue. */
export const kstDateTime = z.lazy(() =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const iso = coupangToKstIso(value);
    if (iso === undefined) {
      ctx.addIssue({ code: 'custom', message: 'unrecognized date format' });
      return z.NEVER;
    }
    return iso;
  }),
);
export const optionalKstDateTime = z.lazy(() => z.preprocess(emptyToUndefined, kstDateTime.optional()));

const units = z.lazy(() => z.union([z.number().int(), z.string().regex(/^-?\d+$/)]).transform(Number));

/** v4 money is a plain KRW integer; v5/v6 money is `{currencyCode, units, nanos}` (§3.3). */
export const krw = z.lazy(() =>
  z
    .union([z.number(), z.object({ currencyCode: z.string().optional(), units, nanos: z.number().int().optional() })])
    .transform((v, ctx): Money => {
      const amount = typeof v === 'number' ? v : v.units + Math.round((v.nanos ?? 0) / 1e9);
      if (typeof v === 'object' && v.currencyCode && v.currencyCode !== 'KRW') {
        ctx.addIssue({ code: 'custom', message: 'expected KRW' });
        return z.NEVER;
      }
      if (!Number.isSafeInteger(amount)) {
        ctx.addIssue({ code: 'custom', message: 'expected whole won' });
        return z.NEVER;
      }
      return money('KRW', amount);
    }),
);
export const optionalKrw = z.lazy(() => z.preprocess(emptyToUndefined, krw.optional()));

/** `pagination` of page-numbered lists. */
export const pagination = z.lazy(() =>
  z.object({
    currentPage: optionalInt,
    totalPages: optionalInt,
    totalElements: optionalInt,
    countPerPage: optionalInt,
  }),
);
export type Pagination = z.infer<typeof pagination>;

/** Top-level `nextToken`: "" or null on the last page → undefined. */
export const nextToken = z.lazy(() =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined || v === '' ? undefined : String(v))),
);
