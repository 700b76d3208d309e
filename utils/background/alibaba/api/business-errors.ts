import { AlibabaApiError, type AlibabaErrorKind, type AlibabaFixKey } from './errors';

/**
 * Business-layer errors: the API ran and answered HTTP 200 with a per-family envelope
 * (docs/1688-api.md §3.1): `success`, `errorCode`/`errorMessage` (trade, logistics), `errorMsg`
 * (preview), `code`/`message` (fastCreateOrder), `success`/`message` (cross.productInfo),
 * `errMsg` (product.get). Normalizer: `success === false`, or a non-empty error code.
 */
interface Envelope {
  success?: unknown;
  errorCode?: unknown;
  code?: unknown;
  errorMessage?: unknown;
  errorMsg?: unknown;
  errMsg?: unknown;
  message?: unknown;
  errorInfo?: unknown;
  extErrorMessage?: unknown;
}

interface Rule {
  kind: AlibabaErrorKind;
  fix: AlibabaFixKey;
}

const BY_CODE: Record<string, Rule> = {
  '500_2': { kind: 'notShipped', fix: 'waitForShipment' },
  '404': { kind: 'noTracking', fix: 'waitForShipment' },
  'order.nopermission.buyer': { kind: 'noPermission', fix: 'checkOrderOwner' },
  'order.createtime.history': { kind: 'orderTooOld', fix: 'none' },
};

/** cross.productInfo reports these only as Chinese text (§3.2). */
const NO_CROSS_PERMISSION = /没有该商品的查询权限/;
const OFFER_MISSING = /商品\[[^\]]*\]不存在/;
// Codes fastCreateOrder uses for "ok"; a `code` equal to one of these is not an error.
const SUCCESS_CODES = new Set(['', 'success', 'SUCCESS', '0', '200']);

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function ruleFor(code: string, remote: string): Rule {
  const exact = BY_CODE[code];
  if (exact) return exact;
  if (code.startsWith('order.nopermission') || NO_CROSS_PERMISSION.test(remote)) {
    return code
      ? { kind: 'noPermission', fix: 'checkOrderOwner' }
      : { kind: 'noPermission', fix: 'establishCrossBorderRelation' };
  }
  if (OFFER_MISSING.test(remote)) return { kind: 'notFound', fix: 'checkId' };
  return { kind: 'business', fix: 'none' };
}

/** The business error in a parsed 200 body, or undefined when the body reports success. */
export function businessError(body: unknown, route: string): AlibabaApiError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const e = body as Envelope;
  const errorCode = text(e.errorCode);
  const code = text(e.code);
  const failed =
    e.success === false ||
    e.success === 'false' ||
    errorCode !== '' ||
    (e.success !== true && !SUCCESS_CODES.has(code)) ||
    (e.success !== true && text(e.errMsg) !== '');
  if (!failed) return undefined;
  const theCode = errorCode || (SUCCESS_CODES.has(code) ? '' : code);
  const remote =
    text(e.errorMessage) ||
    text(e.errorMsg) ||
    text(e.errMsg) ||
    text(e.message) ||
    text(e.errorInfo) ||
    text(e.extErrorMessage);
  const rule = ruleFor(theCode, remote);
  return new AlibabaApiError({
    ...rule,
    retryable: false,
    route,
    httpStatus: 200,
    code: theCode || undefined,
    remoteMessage: remote || undefined,
    params: { api: route, code: theCode || 'unknown' },
    message: `1688 business error ${theCode || '(no code)'} on ${route}`,
  });
}
