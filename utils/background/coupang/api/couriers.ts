import {
  checkTrackingNumber as checkRule,
  GENERIC_TRACKING_RULE,
  type TrackingCheck,
  type TrackingRule,
} from '../../../domain/tracking-number';

export { normalizeTrackingNumber, type TrackingCheck } from '../../../domain/tracking-number';

import { COUPANG_COURIER_CODES } from '../../../domain/coupang-couriers';

/**
 * Coupang courier codes (`deliveryCompanyCode`), coupang-api.md §4.11: every code of Coupang's
 * article (utils/domain/coupang-couriers.ts, shared with the sandbox), with the documented invoice
 * formats and the spellings sellers type for the common ones. A courier without a published format
 * gets the generic rule.
 *
 * Legacy names that trip sellers up: HYUNDAI is Lotte, KGB is Logen, DIRECT disables tracking.
 */
export interface Courier {
  code: string;
  nameKo: string;
  /** Only where a common English name exists; the others are shown by their Korean name. */
  nameEn?: string;
  /** Other spellings sellers type (matched case- and space-insensitively). */
  aliases: readonly string[];
  rule: TrackingRule;
  /** Accepted for return centres (§4.1). */
  returnCenter?: boolean;
}

const digits = (lengths: number[]): TrackingRule => ({ lengths, digitsOnly: true });
const digitRange = (min: number, max: number): TrackingRule => ({ min, max, digitsOnly: true });

/** The common couriers: documented invoice formats, English names, spellings sellers type. */
const DETAILED: readonly Courier[] = [
  {
    code: 'CJGLS',
    nameKo: 'CJ대한통운',
    nameEn: 'CJ Logistics',
    aliases: ['CJ', '대한통운', 'CJ Korea Express'],
    rule: digits([10, 12]),
    returnCenter: true,
  },
  {
    code: 'HANJIN',
    nameKo: '한진택배',
    nameEn: 'Hanjin Express',
    aliases: ['한진', 'Hanjin'],
    rule: digits([10, 12]),
    returnCenter: true,
  },
  {
    code: 'HYUNDAI',
    nameKo: '롯데택배',
    nameEn: 'Lotte Global Logistics',
    aliases: ['롯데', 'Lotte', '롯데글로벌로지스', '현대택배', 'Hyundai'],
    rule: digits([10, 12, 13]),
    returnCenter: true,
  },
  {
    code: 'KGB',
    nameKo: '로젠택배',
    nameEn: 'Logen',
    aliases: ['로젠', 'Logen', 'Logen Logistics'],
    rule: digits([10, 11]),
    returnCenter: true,
  },
  {
    code: 'EPOST',
    nameKo: '우체국택배',
    nameEn: 'Korea Post',
    aliases: ['우체국', 'Korea Post Parcel', 'Post Office'],
    rule: digits([13]),
    returnCenter: true,
  },
  {
    code: 'KDEXP',
    nameKo: '경동택배',
    nameEn: 'Kyungdong Express',
    aliases: ['경동', 'KD Express'],
    rule: digitRange(8, 16),
  },
  {
    code: 'ILYANG',
    nameKo: '일양택배',
    nameEn: 'Ilyang Logis',
    aliases: ['일양로지스', '일양'],
    rule: digitRange(8, 16),
    returnCenter: true,
  },
  { code: 'CHUNIL', nameKo: '천일특송', nameEn: 'Chunil Express', aliases: ['천일택배', '천일'], rule: digits([11]) },
  { code: 'DAESIN', nameKo: '대신택배', nameEn: 'Daesin Logistics', aliases: ['대신'], rule: digits([13]) },
  { code: 'HDEXP', nameKo: '합동택배', nameEn: 'Hapdong Express', aliases: ['합동'], rule: digitRange(8, 16) },
  {
    code: 'CVS',
    nameKo: 'CVS택배',
    nameEn: 'CVSnet',
    aliases: ['편의점택배', 'CVSNET', 'GS Postbox'],
    rule: digits([10, 12]),
  },
  {
    code: 'REGISTPOST',
    nameKo: '우편등기',
    nameEn: 'Registered Mail',
    aliases: ['등기', 'Registered Post'],
    rule: digits([13]),
  },
  // Seller's own delivery: any digits; the order becomes NONE_TRACKING (no delivered state).
  {
    code: 'DIRECT',
    nameKo: '업체직송',
    nameEn: 'Seller direct delivery',
    aliases: ['직접배송', '직송', 'Direct'],
    rule: digitRange(1, 30),
  },
  { code: 'DHL', nameKo: 'DHL', nameEn: 'DHL', aliases: [], rule: GENERIC_TRACKING_RULE },
  { code: 'UPS', nameKo: 'UPS', nameEn: 'UPS', aliases: [], rule: GENERIC_TRACKING_RULE },
  { code: 'FEDEX', nameKo: '페덱스', nameEn: 'FedEx', aliases: [], rule: GENERIC_TRACKING_RULE },
  { code: 'EMS', nameKo: '우체국 EMS', nameEn: 'EMS', aliases: ['우체국EMS'], rule: GENERIC_TRACKING_RULE },
  { code: 'TNT', nameKo: 'TNT', nameEn: 'TNT', aliases: [], rule: GENERIC_TRACKING_RULE },
  { code: 'USPS', nameKo: 'USPS', nameEn: 'USPS', aliases: [], rule: GENERIC_TRACKING_RULE },
];

const DETAILED_BY_CODE = new Map(DETAILED.map((c) => [c.code, c]));

/**
 * Every courier Coupang accepts today, in the article's order (common domestic ones first); the
 * article's struck-through codes are left out (see `courierName` for naming old orders).
 */
export const COURIERS: readonly Courier[] = COUPANG_COURIER_CODES.filter((f) => !f.defunct).map(
  (f) => DETAILED_BY_CODE.get(f.code) ?? { code: f.code, nameKo: f.nameKo, aliases: [], rule: GENERIC_TRACKING_RULE },
);

const NAME_BY_CODE = new Map(
  COUPANG_COURIER_CODES.map((f) => [f.code, DETAILED_BY_CODE.get(f.code)?.nameKo ?? f.nameKo]),
);

/** The Korean name of any code Coupang has used, defunct ones included (old orders name them). */
export function courierName(code: string): string | undefined {
  return NAME_BY_CODE.get(code);
}

/** The name shown in a picker: Korean for Korean sellers, "English (Korean)" where one exists. */
export function courierLabel(c: Courier, korean: boolean): string {
  return korean || !c.nameEn ? c.nameKo : `${c.nameEn} (${c.nameKo})`;
}

/** Case-, space- and punctuation-insensitive key ("CJ 대한통운" = "cj대한통운"). */
function normalizeName(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_.()·]/g, '');
}

/**
 * Courier by normalized code, name or alias, built on the first look-up: `normalize('NFC')` loads
 * ICU's normalization data on its first call, a cost every worker wake paid at load (issue 13).
 */
let byKey: Map<string, Courier> | undefined;
function couriersByKey(): Map<string, Courier> {
  if (byKey) return byKey;
  byKey = new Map<string, Courier>();
  for (const courier of COURIERS) {
    // Codes first so that a code always wins over an alias spelled the same way.
    byKey.set(normalizeName(courier.code), courier);
  }
  for (const courier of COURIERS) {
    for (const name of [courier.nameKo, courier.nameEn ?? '', ...courier.aliases]) {
      if (!name) continue;
      const key = normalizeName(name);
      if (!byKey.has(key)) byKey.set(key, courier);
    }
  }
  return byKey;
}

/** Finds a courier by code or by Korean/English name or alias, ignoring case and spaces. */
export function findCourier(input: string): Courier | undefined {
  return couriersByKey().get(normalizeName(input));
}

const ACTIVE_BY_CODE = new Map(COURIERS.map((c) => [c.code, c]));

export function courierByCode(code: string): Courier | undefined {
  return ACTIVE_BY_CODE.get(code);
}

/** Checks a tracking number against the courier's rule (utils/domain/tracking-number.ts). */
export function checkTrackingNumber(courier: Courier | undefined, raw: string): TrackingCheck {
  return checkRule(courier?.rule, raw);
}
