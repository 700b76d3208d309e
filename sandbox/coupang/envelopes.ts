import { wireJson } from '../core/json';

/**
 * Response envelopes per API family (reference §3.2). They are deliberately inconsistent, as the
 * real ones are: `code` is a number on some endpoints and a string on others, some bodies are bare.
 * Each route picks the shape its article's sample shows.
 */

export type OpenapiCode = 200 | '200';

export interface Pagination {
  currentPage: number;
  totalPages: number;
  totalElements: number;
  countPerPage: number;
}

/** openapi family: `{code, message, data, [nextToken]}`. */
export function openapiOk(
  data: unknown,
  opts: { code?: OpenapiCode; message?: string; nextToken?: string } = {},
): Response {
  const body: Record<string, unknown> = { code: opts.code ?? 200, message: opts.message ?? 'OK', data };
  if (opts.nextToken !== undefined) body.nextToken = opts.nextToken;
  return wireJson(body);
}

/** openapi family without `data` (replies, approvals): `{"code":"200","message":"OK"}`. */
export function openapiDone(message = 'OK'): Response {
  return wireJson({ code: '200', message });
}

export function openapiError(status: number, message: string): Response {
  return wireJson({ code: status, message, data: null }, status);
}

/** seller_api family: `{code:"SUCCESS", message, data, [nextToken]}`. */
export function sellerOk(data: unknown, opts: { message?: string; nextToken?: string } = {}): Response {
  const body: Record<string, unknown> = { code: 'SUCCESS', message: opts.message ?? '', data };
  if (opts.nextToken !== undefined) body.nextToken = opts.nextToken;
  return wireJson(body);
}

export function sellerError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return wireJson({ code: 'ERROR', message, data: null, ...extra }, status);
}

/** fms (instant coupons): `{code, message, httpStatus, httpStatusMessage, errorMessage, data:{success, content, pagination}}`. */
export function fmsOk(content: unknown, pagination: Pagination | null = null): Response {
  return wireJson({
    code: 200,
    message: 'OK',
    httpStatus: 200,
    httpStatusMessage: 'OK',
    errorMessage: '',
    data: { success: true, content, pagination },
  });
}

export function fmsError(status: number, message: string): Response {
  return wireJson(
    {
      code: status,
      message: status === 400 ? 'BAD_REQUEST' : 'ERROR',
      httpStatus: status,
      httpStatusMessage: status === 400 ? 'BAD_REQUEST' : 'ERROR',
      errorMessage: message,
      data: { success: false, content: null, pagination: null },
    },
    status,
  );
}

/** Download coupons' item/expire calls: `{requestResultStatus, body, errorCode, errorMessage}`. */
export function downloadResult(body: unknown): Record<string, unknown> {
  return { requestResultStatus: 'SUCCESS', body, errorCode: null, errorMessage: null };
}

export function downloadFailure(errorCode: string, errorMessage: string): Record<string, unknown> {
  return { requestResultStatus: 'FAIL', body: null, errorCode, errorMessage };
}

/** rg_open_api: `{code:200, message:"SUCCESS", data, nextToken}` (nextToken omitted on the last page). */
export function rgOk(data: unknown, nextToken?: string): Response {
  const body: Record<string, unknown> = { code: 200, message: 'SUCCESS', data };
  if (nextToken) body.nextToken = nextToken;
  return wireJson(body);
}

export function rgError(status: number, message: string): Response {
  return wireJson({ code: status, message }, status);
}

/** 1-based page slicing shared by pageNum/pageSize and page/size endpoints. */
export function paginate<T>(all: T[], page: number, size: number): { items: T[]; pagination: Pagination } {
  const totalPages = Math.max(1, Math.ceil(all.length / size));
  const items = all.slice((page - 1) * size, page * size);
  return {
    items,
    pagination: { currentPage: page, totalPages, totalElements: all.length, countPerPage: items.length },
  };
}
