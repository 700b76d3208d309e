/**
 * Coupang answers some failures with HTTP 200 and an error inside the body (§3.2): `code:"ERROR"`
 * (seller_api), `code:"400"` (cancel), fms `httpStatus`, download-coupon `requestResultStatus:"FAIL"`.
 * Returns the status to classify such a body with, or null when the body reports success.
 * (Per-item batch failures are not envelope failures; see batch.ts.)
 */
export function envelopeFailureStatus(body: unknown): number | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  if (b.requestResultStatus === 'FAIL') return 400;
  if (typeof b.httpStatus === 'number' && b.httpStatus >= 400) return b.httpStatus;
  const code = b.code;
  if (typeof code === 'string') {
    if (/^(ERROR|FAIL|FAILURE)$/i.test(code)) return 400;
    if (/^\d{3}$/.test(code) && Number(code) >= 400) return Number(code);
  }
  if (typeof code === 'number' && code >= 400 && code < 600) return code;
  return null;
}
