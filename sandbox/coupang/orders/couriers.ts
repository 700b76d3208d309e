import { COUPANG_COURIER_CODES } from '../../../utils/domain/coupang-couriers';
import { COURIER_NAMES } from '../data/pools';

/**
 * Courier codes (reference §4.11: the article's whole table, shared with the extension) and the
 * per-courier invoice-number rules the invoice APIs check. A failing rule rejects the whole
 * request with HTTP 400, worded as the article's error table. Couriers without a published format
 * take letters and digits, 1–30 characters.
 */
interface InvoiceRule {
  lengths?: number[];
  min?: number;
  max?: number;
  /** International couriers use letters too (EE123456789KR). */
  alphanumeric?: boolean;
}

const RULES: Record<string, InvoiceRule> = {
  CJGLS: { lengths: [10, 12] },
  HANJIN: { lengths: [10, 12] },
  HYUNDAI: { lengths: [10, 12, 13] },
  KGB: { lengths: [10, 11] },
  EPOST: { lengths: [13] },
  KDEXP: { min: 8, max: 16 },
  ILYANG: { min: 8, max: 16 },
  CHUNIL: { lengths: [11] },
  DAESIN: { lengths: [13] },
  HDEXP: { min: 8, max: 16 },
  CVS: { lengths: [10, 12] },
  REGISTPOST: { lengths: [13] },
  DIRECT: { min: 1, max: 30 },
  EMS: { min: 13, max: 13, alphanumeric: true },
  DHL: { min: 10, max: 11 },
  UPS: { min: 10, max: 18, alphanumeric: true },
  FEDEX: { min: 12, max: 15 },
  TNT: { min: 9, max: 13, alphanumeric: true },
  USPS: { min: 20, max: 22 },
};

const INTERNATIONAL_NAMES: Record<string, string> = {
  EMS: 'EMS',
  DHL: 'DHL',
  UPS: 'UPS',
  FEDEX: 'FEDEX',
  TNT: 'TNT Express',
  USPS: 'USPS',
};

/** Codes Coupang accepts today (the article's struck-through ones are refused). */
const ACTIVE = new Map(COUPANG_COURIER_CODES.filter((c) => !c.defunct).map((c) => [c.code, c.nameKo]));
const ANY_FORMAT: InvoiceRule = { min: 1, max: 30, alphanumeric: true };

export function courierName(code: string): string {
  return COURIER_NAMES[code] ?? INTERNATIONAL_NAMES[code] ?? ACTIVE.get(code) ?? '';
}

export function isKnownCourier(code: string): boolean {
  return ACTIVE.has(code);
}

/** Couriers a return centre may use (goodsflow integration). */
export const RETURN_CENTER_COURIERS = ['HYUNDAI', 'KGB', 'EPOST', 'HANJIN', 'CJGLS', 'ILYANG'];

/** The HTTP 400 message for a bad courier/invoice pair, or null when acceptable. */
export function invoiceProblem(courier: string, invoice: string): string | null {
  if (!isKnownCourier(courier)) return `invalid delivery company code: ${courier}`;
  const rule = RULES[courier] ?? ANY_FORMAT;
  const name = courierName(courier);
  const pattern = rule.alphanumeric ? /^[A-Za-z0-9]+$/ : /^\d+$/;
  if (!pattern.test(invoice))
    return `${name}의 운송장번호는 숫자로만 구성되어야 합니다. InvoiceNumber must be number. [${invoice}]`;
  const ok = rule.lengths
    ? rule.lengths.includes(invoice.length)
    : invoice.length >= (rule.min ?? 1) && invoice.length <= (rule.max ?? 30);
  return ok ? null : `${name}의 송장번호 형식에 맞지않는 운송장 번호 입니다. [${invoice}]`;
}
