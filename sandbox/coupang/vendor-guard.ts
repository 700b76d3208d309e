import type { Context, MiddlewareHandler } from 'hono';
import type { CoupangEnv } from './env';
import { fmsError, openapiError, rgError, sellerError } from './envelopes';

/**
 * The gateway binds a key to one vendorId; any other vendorId in the path or body is a 400
 * (reference §2.4). Each family words it its own way.
 */
const VENDOR_IN_PATH = /^\/v2\/providers\/([^/]+)\/apis\/api\/v\d+\/vendors\/([^/]+)(?:\/|$)/;
const VENDOR_ID_SHAPE = /^[AC]\d{8}$/;
/** `…/v5/vendors/callCenterInquiries/{id}` is the one documented path with no vendorId segment. */
const NOT_A_VENDOR = new Set(['callCenterInquiries']);

export const MISMATCH_MESSAGE = "The vendorId in path or requestBody doesn't match the one got from api-gateway.";

function mismatch(provider: string, shapeOk: boolean): Response {
  switch (provider) {
    case 'fms':
      return fmsError(400, '업체정보의 권한을 확인하세요');
    case 'rg_open_api':
      return rgError(400, '다른 판매자의 주문을 조회할 수 없습니다.');
    case 'seller_api':
      return sellerError(400, "params's vendorId not equals gateway's vendorId!");
    default:
      return openapiError(400, shapeOk ? MISMATCH_MESSAGE : 'Invalid vendor ID');
  }
}

export function vendorPathGuard(): MiddlewareHandler<CoupangEnv> {
  return async (c, next) => {
    const m = VENDOR_IN_PATH.exec(c.req.path);
    if (m && !NOT_A_VENDOR.has(m[2]) && m[2] !== c.get('vendor').vendorId)
      return mismatch(m[1], VENDOR_ID_SHAPE.test(m[2]));
    await next();
  };
}

/** For bodies and query strings: a present vendorId must be the key's. */
export function vendorMismatch(c: Context<CoupangEnv>, given: unknown, provider = 'openapi'): Response | null {
  if (given === undefined || given === null || given === '') return null;
  return String(given) === c.get('vendor').vendorId ? null : mismatch(provider, VENDOR_ID_SHAPE.test(String(given)));
}
