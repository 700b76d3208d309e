import type { MessageKey } from '../../i18n';
import type { Translate } from './error-like';

/** Words for a per-row problem of an invoice import (`invoices.validate` errors). */
export const IMPORT_ERROR_CODES = [
  'malformedId',
  'excelMangledId',
  'idPrecisionLost',
  'unknownCourier',
  'badTrackingNumber',
  'duplicateRow',
  'conflictingRows',
  'duplicateTracking',
  'orderNotFound',
  'notInstruct',
  'missingColumns',
  'missingColumn',
  'missingField',
  'emptyFile',
  'malformedFile',
  'tooManyRows',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** The background's codes (utils/background/coupang/orders/invoice-csv.ts) and other spellings → wording. */
const IMPORT_ALIASES: Record<string, ImportErrorCode> = {
  malformedid: 'malformedId',
  invalidid: 'malformedId',
  invalidshipmentboxid: 'malformedId',
  excelmangledid: 'excelMangledId',
  scientificnotation: 'excelMangledId',
  idprecisionlost: 'idPrecisionLost',
  unknowncourier: 'unknownCourier',
  invalidcourier: 'unknownCourier',
  badtrackingnumber: 'badTrackingNumber',
  invalidtrackingnumber: 'badTrackingNumber',
  invalidinvoicenumber: 'badTrackingNumber',
  duplicaterow: 'duplicateRow',
  duplicateshipmentbox: 'conflictingRows',
  conflictingrows: 'conflictingRows',
  duplicatetracking: 'duplicateTracking',
  duplicatetrackingnumber: 'duplicateTracking',
  duplicateinvoicenumber: 'duplicateTracking',
  ordernotfound: 'orderNotFound',
  notinstruct: 'notInstruct',
  ordernotinstruct: 'notInstruct',
  invalidstatus: 'notInstruct',
  missingcolumns: 'missingColumns',
  missingcolumn: 'missingColumn',
  missingvalue: 'missingField',
  missingfield: 'missingField',
  empty: 'emptyFile',
  emptyfile: 'emptyFile',
  malformed: 'malformedFile',
  malformedfile: 'malformedFile',
  toomanyrows: 'tooManyRows',
};

export function importErrorCode(code: string): ImportErrorCode | undefined {
  return IMPORT_ALIASES[code.replace(/[^a-z0-9]/gi, '').toLowerCase()];
}

/** "digits:10|12" → ["digits", "10 / 12"], "alnum:8-20" → ["alnum", "8–20"]. */
function trackingRule(expected: string | number | undefined): [string, string] | undefined {
  const [, kind, spec] = /^(digits|alnum):(.+)$/.exec(String(expected ?? '')) ?? [];
  if (!kind || !spec) return undefined;
  const lengths = spec.includes('|') ? spec.split('|').join(' / ') : spec.replace(/-$/, '+').replace('-', '–');
  return [kind, lengths];
}

export function describeImportError(
  code: string,
  params: Record<string, string | number> | undefined,
  t: Translate,
): string {
  const known = importErrorCode(code);
  if (!known) return t('import.err.unknown', { code });
  const p = params ?? {};
  const firstRow = p.firstRow ?? p.otherRow ?? p.duplicateOf ?? '?';
  switch (known) {
    case 'unknownCourier':
      return t('import.err.unknownCourier', { courier: String(p.courier ?? p.value ?? p.courierCode ?? '') });
    case 'badTrackingNumber': {
      const rule = trackingRule(p.expected);
      if (!rule) return t('import.err.badTrackingNumber');
      return t(rule[0] === 'digits' ? 'import.err.badTrackingNumberDigits' : 'import.err.badTrackingNumberAlnum', {
        lengths: rule[1],
      });
    }
    case 'duplicateRow':
    case 'conflictingRows':
    case 'duplicateTracking':
      return t(`import.err.${known}`, { firstRow });
    case 'missingColumn':
      return t('import.err.missingColumn', { column: String(p.column ?? '?') });
    case 'tooManyRows':
      return t('import.err.tooManyRows', { max: p.max ?? 2000 });
    default:
      return t(`import.err.${known}` as MessageKey);
  }
}
