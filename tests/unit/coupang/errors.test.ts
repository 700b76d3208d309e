import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyErrorResponse } from '../../../utils/background/coupang/api/classify';
import { CoupangApiError } from '../../../utils/background/coupang/api/errors';
import { schemaError } from '../../../utils/background/coupang/api/schema-error';
import { AKAMAI_DENIED, gatewayError } from './fixtures';

const NOW = Date.UTC(2025, 6, 16, 1, 0, 0);
const ROUTE = 'GET /v2/providers/openapi/apis/api/v5/vendors/{vendorId}/ordersheets';

function classify(status: number, bodyText: string, headers: Record<string, string> = {}) {
  return classifyErrorResponse({ status, bodyText, headers: new Headers(headers), route: ROUTE, now: NOW });
}

describe('gateway authentication errors (§2.6)', () => {
  it('C13: 401 Invalid signature → invalidSignature, not retried, never processed', () => {
    const e = classify(401, gatewayError('Invalid signature.'));
    expect(e).toBeInstanceOf(CoupangApiError);
    expect(e).toMatchObject({
      kind: 'invalidSignature',
      status: 401,
      retryable: false,
      notProcessed: true,
      route: ROUTE,
    });
    expect(e.transactionId).toBe('7d3f0a6e-1c2b-4f5e-9a8b-0c1d2e3f4a5b');
    expect(e.message).toBe(`Coupang ${ROUTE}: invalid signature (check the secret key) (HTTP 401)`);
  });

  it('C13: 401 expired signature → signatureExpired with clock skew from the Date header', () => {
    // The gateway's clock says 00:57:30 UTC; ours says 01:00:00 → we are 150 s ahead.
    const e = classify(401, gatewayError('Specified signature is expired.'), { Date: 'Wed, 16 Jul 2025 00:57:30 GMT' });
    expect(e.kind).toBe('signatureExpired');
    expect(e.clockSkewSeconds).toBe(150);
    expect(e.params.clockSkewSeconds).toBe(150);
    const behind = classify(401, gatewayError('Specified signature is expired.'), {
      Date: 'Wed, 16 Jul 2025 01:10:00 GMT',
    });
    expect(behind.clockSkewSeconds).toBe(-600);
    expect(classify(401, gatewayError('Specified signature is expired.')).clockSkewSeconds).toBeUndefined();
  });

  it('401 HMAC format / not authorized → unauthorized', () => {
    expect(classify(401, gatewayError('HMAC format is invalid.')).kind).toBe('unauthorized');
    expect(classify(401, gatewayError('Request is not authorized.')).kind).toBe('unauthorized');
  });

  it('wrong access key → unknownAccessKey', () => {
    const e = classify(401, gatewayError('Unknown error occurred, please contact api-gateway channel for details.'));
    expect(e.kind).toBe('unknownAccessKey');
    expect(e.retryable).toBe(false);
  });

  it('C13: 403 Not allowed IP → ipNotAllowed with the IP when the message names one, but not in the log message', () => {
    const e = classify(403, gatewayError('Not allowed IP address. (203.0.113.45)'));
    expect(e.kind).toBe('ipNotAllowed');
    expect(e.ip).toBe('203.0.113.45');
    expect(e.params.ip).toBe('203.0.113.45');
    expect(e.message).not.toContain('203.0.113.45');
    expect(classify(403, gatewayError('Not allowed IP')).ip).toBeUndefined();
    expect(classify(403, gatewayError('Not allowed IP: 2001:db8::7')).ip).toBe('2001:db8::7');
  });

  it('vendorId mismatch in all three documented wordings', () => {
    for (const m of [
      "The vendorId in path or requestBody doesn't match the one got from api-gateway.",
      "params's vendorId not equals gateway's vendorId!",
      'Invalid vendor ID',
    ]) {
      expect(classify(400, gatewayError(m)).kind).toBe('vendorMismatch');
    }
  });
});

describe('status catalogue (§5.3)', () => {
  it('429 → rateLimited, block end from Retry-After (seconds or date) when present', () => {
    const e = classify(429, gatewayError('Too Many Requests'), { 'Retry-After': '120' });
    expect(e).toMatchObject({ kind: 'rateLimited', rateLimited: true, retryable: true, notProcessed: true });
    expect(e.blockedUntil).toBe(NOW + 120_000);
    expect(e.params.blockedUntil).toBe('2025-07-16T01:02:00.000Z');
    expect(classify(429, '', { 'Retry-After': 'Wed, 16 Jul 2025 01:30:00 GMT' }).blockedUntil).toBe(NOW + 1_800_000);
    expect(classify(429, 'Too Many Requests').blockedUntil).toBeUndefined();
  });

  it('302, Akamai 403 Access Denied and 423 → blocked (pause, not the IP fix)', () => {
    expect(classify(302, '').kind).toBe('blocked');
    expect(classify(423, gatewayError('locked')).kind).toBe('blocked');
    const akamai = classify(403, AKAMAI_DENIED, { 'content-type': 'text/html' });
    expect(akamai.kind).toBe('blocked');
    expect(akamai.rateLimited).toBe(true);
  });

  it('400 → badRequest; the gateway text is kept apart from the log message', () => {
    const e = classify(400, gatewayError('endTime-startTime range should less than31.'));
    expect(e.kind).toBe('badRequest');
    expect(e.serverMessage).toBe('endTime-startTime range should less than31.');
    expect(e.message).not.toContain('less than31');
    expect(e.retryable).toBe(false);
  });

  it('INVALID_STATUS wording → invalidStatus', () => {
    expect(classify(400, gatewayError('INVALID_STATUS')).kind).toBe('invalidStatus');
    expect(classify(400, gatewayError('배송상태를 변경할 수 없습니다. 환불 진행중')).kind).toBe('invalidStatus');
  });

  it('404 → notFound (counts for the breaker: 404 floods get vendors blocked)', () => {
    const e = classify(404, gatewayError('Not Found'));
    expect(e).toMatchObject({ kind: 'notFound', breakerFailure: true, retryable: false });
  });

  it('410/412 → apiUnavailable, but 412 Read timed out → timeout', () => {
    expect(classify(410, gatewayError('expired api')).kind).toBe('apiUnavailable');
    expect(classify(412, gatewayError('not deployed')).kind).toBe('apiUnavailable');
    expect(classify(412, gatewayError('Read timed out')).kind).toBe('timeout');
  });

  it('500 → server (retryable read, not proof of non-processing); 521 proves the upstream was never reached', () => {
    const e = classify(500, gatewayError('Timeout waiting for connection from pool'));
    expect(e).toMatchObject({ kind: 'server', retryable: true, notProcessed: false });
    const s = classify(500, gatewayError('internal exception'));
    expect(s).toMatchObject({ kind: 'server', retryable: true, notProcessed: false, breakerFailure: true });
    expect(classify(521, '')).toMatchObject({ kind: 'server', notProcessed: true });
  });

  it('504 → timeout', () => {
    const e = classify(
      504,
      gatewayError('Request timed out, if the situation continues consider applying timeout extension.'),
    );
    expect(e).toMatchObject({ kind: 'timeout', retryable: true, status: 504 });
  });
});

describe('schema errors', () => {
  it('name the route and field path, never the value', () => {
    const schema = z.object({ data: z.array(z.object({ receiver: z.object({ addr1: z.string() }) })) });
    const result = schema.safeParse({ data: [{ receiver: { addr1: 'x' } }, { receiver: { addr1: 12345678 } }] });
    expect(result.success).toBe(false);
    const e = schemaError(ROUTE, result.error!);
    expect(e).toMatchObject({
      kind: 'schema',
      field: 'data[1].receiver.addr1',
      retryable: false,
      breakerFailure: false,
    });
    expect(e.params).toMatchObject({ field: 'data[1].receiver.addr1', issue: 'invalid_type', route: ROUTE });
    expect(e.message).toBe(`Coupang ${ROUTE}: unexpected response shape (field data[1].receiver.addr1)`);
    expect(JSON.stringify({ ...e, message: e.message })).not.toContain('12345678');
  });
});
