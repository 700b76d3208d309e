import type { MessageKey } from '@/utils/i18n';
import { formatTimeHM, type MarketZone } from '@/utils/ui/format';
import { type TFunction, useI18n } from './i18n';

/**
 * The one place that turns a failure into words a seller can act on: a short title and the fix.
 * Accepts anything shaped like `{code, kind, params, message}` — a `MessageError` from `send()`,
 * an account's `lastError`, a sync error, an outbox result — plus plain Errors and strings.
 * Every feature shows errors through it, so a kind is explained the same way everywhere.
 */
export interface ErrorLike {
  code?: string;
  kind?: string;
  message?: string;
  params?: Record<string, string | number>;
}

export interface ErrorDescription {
  kind: string;
  title: string;
  fix?: string;
}

/** Kinds with their own wording (everything else is described generically with its message). */
export const KNOWN_ERROR_KINDS = [
  'invalidSignature',
  'signatureExpired',
  'ipNotAllowed',
  'unknownAccessKey',
  'unauthorized',
  'vendorMismatch',
  'rateLimited',
  'blocked',
  'circuitOpen',
  'invalidStatus',
  'badRequest',
  'notFound',
  'apiUnavailable',
  'server',
  'timeout',
  'network',
  'schema',
  'consentRequired',
  'notConnected',
  'needsReauth',
  'keyExpired',
  'forbidden',
  'invalidRequest',
] as const;
export type KnownErrorKind = (typeof KNOWN_ERROR_KINDS)[number];

/** Envelope codes (utils/protocol/envelope.ts) and common aliases → kinds. */
const CODE_TO_KIND: Record<string, KnownErrorKind> = {
  consent_required: 'consentRequired',
  not_connected: 'notConnected',
  forbidden: 'forbidden',
  invalid_request: 'invalidRequest',
  INVALID_STATUS: 'invalidStatus',
  rate_limited: 'rateLimited',
  timeout: 'timeout',
  network: 'network',
};

export function toErrorLike(error: unknown): ErrorLike {
  if (error === undefined || error === null) return {};
  if (typeof error === 'string') return { message: error };
  if (typeof error === 'object') {
    const e = error as Record<string, unknown>;
    const params = e.params && typeof e.params === 'object' ? (e.params as Record<string, string | number>) : undefined;
    return {
      code: typeof e.code === 'string' ? e.code : undefined,
      kind: typeof e.kind === 'string' ? e.kind : undefined,
      message: typeof e.message === 'string' ? e.message : undefined,
      params,
    };
  }
  return { message: String(error) };
}

export function errorKindOf(error: ErrorLike): KnownErrorKind | 'generic' {
  const known = (k: string | undefined): k is KnownErrorKind =>
    !!k && (KNOWN_ERROR_KINDS as readonly string[]).includes(k);
  if (known(error.kind)) return error.kind;
  if (error.code && CODE_TO_KIND[error.code]) return CODE_TO_KIND[error.code];
  if (known(error.code)) return error.code;
  if (error.kind === 'TypeError' || /failed to fetch|network/i.test(error.message ?? '')) return 'network';
  return 'generic';
}

function timeParam(value: string | number | undefined, zone: MarketZone): string | undefined {
  if (value === undefined || value === '') return undefined;
  const text = formatTimeHM(value, zone);
  return text || undefined;
}

/** Title and fix for any error (pure; tested for every kind). */
export function describeError(
  input: unknown,
  t: TFunction,
  opts: { zone?: MarketZone; blockedUntil?: number; clockSkewSeconds?: number } = {},
): ErrorDescription {
  const error = toErrorLike(input);
  const kind = errorKindOf(error);
  const p = error.params ?? {};
  const zone = opts.zone ?? 'KST';
  const k = (s: string) => s as MessageKey;
  switch (kind) {
    case 'generic':
      return {
        kind: 'generic',
        title: t('err.generic.title'),
        fix: error.message ? t('err.generic.fix', { message: error.message }) : undefined,
      };
    case 'signatureExpired': {
      const raw = opts.clockSkewSeconds ?? p.clockSkewSeconds;
      const skew = raw === undefined || raw === '' ? Number.NaN : Number(raw);
      const fix = Number.isFinite(skew)
        ? t(skew >= 0 ? 'err.signatureExpired.fixAhead' : 'err.signatureExpired.fixBehind', {
            seconds: Math.abs(Math.round(skew)),
          })
        : t('err.signatureExpired.fixUnknown');
      return { kind, title: t('err.signatureExpired.title'), fix };
    }
    case 'ipNotAllowed':
      return {
        kind,
        title: t('err.ipNotAllowed.title'),
        fix: p.ip ? t('err.ipNotAllowed.fix', { ip: p.ip }) : t('err.ipNotAllowed.fixNoIp'),
      };
    case 'rateLimited':
    case 'blocked':
    case 'circuitOpen': {
      const time = timeParam(opts.blockedUntil ?? p.blockedUntil ?? p.until, zone);
      return {
        kind,
        title: t(k(`err.${kind}.title`)),
        fix: time ? t(k(`err.${kind}.fix`), { time }) : t(k(`err.${kind}.fixNoTime`)),
      };
    }
    case 'schema': {
      const fix = t('err.schema.fix', { route: String(p.route ?? '—') });
      return {
        kind,
        title: t('err.schema.title'),
        fix: p.field ? `${fix} ${t('err.schema.field', { field: p.field })}` : fix,
      };
    }
    default:
      return { kind, title: t(k(`err.${kind}.title`)), fix: t(k(`err.${kind}.fix`)) };
  }
}

/** Shows an error as "title — fix". `data-kind` tells tests which diagnosis was made. */
export function ErrorText(props: {
  error: unknown;
  zone?: MarketZone;
  blockedUntil?: number;
  clockSkewSeconds?: number;
  testid?: string;
  inline?: boolean;
}) {
  const { t } = useI18n();
  if (props.error === undefined || props.error === null) return null;
  const d = describeError(props.error, t, props);
  const Tag = props.inline ? 'span' : 'div';
  return (
    <Tag
      class="error-text"
      role="alert"
      data-testid={props.testid ?? 'error-text'}
      data-kind={d.kind}
      style={props.inline ? undefined : { margin: '4px 0' }}
    >
      <strong style={{ color: 'var(--danger, #b3261e)' }}>{d.title}</strong>
      {d.fix ? <span class="error-fix"> {d.fix}</span> : null}
    </Tag>
  );
}

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
  const m = /^(digits|alnum):(.+)$/.exec(String(expected ?? ''));
  if (!m) return undefined;
  const lengths = m[2].includes('|') ? m[2].split('|').join(' / ') : m[2].replace(/-$/, '+').replace('-', '–');
  return [m[1], lengths];
}

export function describeImportError(
  code: string,
  params: Record<string, string | number> | undefined,
  t: TFunction,
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

/** Outbox actions are namespaced by marketplace (`coupang.acknowledge`); the UI names the action. */
export function baseAction(action: string): string {
  return action.slice(action.lastIndexOf('.') + 1);
}

/** Words for one action result (`OutboxItemView.result`): Coupang result codes first, then error kinds. */
export function describeOutcome(
  action: string,
  result: { code?: string; message?: string } | undefined,
  state: string,
  t: TFunction,
): string {
  if (state === 'unknown') return t('outcome.unknownResult');
  const code = result?.code === 'invalidStatus' ? 'INVALID_STATUS' : result?.code;
  const act = baseAction(action);
  if (code) {
    const specific = `outcome.${code}.${act}`;
    const byAction = t(specific as MessageKey);
    if (byAction !== specific) return byAction;
    const general = `outcome.${code}`;
    const byCode = t(general as MessageKey);
    if (byCode !== general) return byCode;
    // Error kinds, also in the outbox's upper-case spelling (RATE_LIMITED, TIMEOUT).
    const kind = /^[A-Z_]+$/.test(code)
      ? code.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())
      : code;
    if (errorKindOf({ kind }) !== 'generic') {
      const d = describeError({ kind, message: result?.message }, t);
      return [d.title, d.fix].filter(Boolean).join(' — ');
    }
  }
  return result?.message ?? code ?? '';
}
