import type { MessageKey } from '../../i18n';
import { formatTimeHM, type MarketZone } from '../format';
import { type ErrorDescription, type ErrorLike, type Translate, toErrorLike } from './error-like';
import { describe1688Error } from './words-1688';

/**
 * The one place that turns a failure into words a seller can act on: a short title and the fix,
 * in the wording of the marketplace that failed. 1688 errors (`alibaba.<kind>`) use the 1688
 * table (words-1688.ts); Coupang's and the shared kinds (consent, network, …) use the one below.
 * Every feature shows errors through it, so a kind is explained the same way everywhere.
 */
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
  'wingUserIdMissing',
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

export function errorKindOf(error: ErrorLike): KnownErrorKind | 'generic' {
  const known = (k: string | undefined): k is KnownErrorKind =>
    !!k && (KNOWN_ERROR_KINDS as readonly string[]).includes(k);
  if (known(error.kind)) return error.kind;
  const byCode = error.code ? CODE_TO_KIND[error.code] : undefined;
  if (byCode) return byCode;
  if (known(error.code)) return error.code;
  if (error.kind === 'TypeError' || /failed to fetch|network/i.test(error.message ?? '')) return 'network';
  return 'generic';
}

function timeParam(value: string | number | undefined, zone: MarketZone): string | undefined {
  if (value === undefined || value === '') return undefined;
  const text = formatTimeHM(value, zone);
  return text || undefined;
}

export interface DescribeOptions {
  zone?: MarketZone;
  blockedUntil?: number;
  clockSkewSeconds?: number;
}

/** Title and fix for any error (pure; tested for every kind). */
export function describeError(input: unknown, t: Translate, opts: DescribeOptions = {}): ErrorDescription {
  return describe1688Error(input, t) ?? describeCoupangOrSharedError(input, t, opts);
}

function describeCoupangOrSharedError(input: unknown, t: Translate, opts: DescribeOptions): ErrorDescription {
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
