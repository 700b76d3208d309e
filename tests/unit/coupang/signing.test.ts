import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildQuery, encodeRfc3986, fillPath } from '../../../utils/background/coupang/api/query';
import {
  formatSignedDate,
  hmacSha256Hex,
  signatureMessage,
  signRequest,
} from '../../../utils/background/coupang/api/signing';

// coupang-api.md §2.5
const SECRET = 'test-secret-key';
const ACCESS = 'test-access-key';
const NOW = Date.UTC(2025, 0, 15, 1, 2, 3); // 250115T010203Z
const PATH1 = '/v2/providers/openapi/apis/api/v5/vendors/A00012345/ordersheets';
const QUERY1 = 'createdAtFrom=2025-01-14%2B09:00&createdAtTo=2025-01-15%2B09:00&maxPerPage=50&status=ACCEPT';
const SIG1 = '558f49737e85be2a2316c4624338eed67a5911bcf454fd5cce96985d0f0aebf0';
const SIG2 = '0c0b98d1e1e878a2336c8a3671fbc945dab9a75ba43fcfb94fc0b5304c8fad6d';
const SIG3 = '2dd5afb1bf7febd320923b885d008a48f321058cf92bd2eb4096010b0dd570d0';

describe('signed date', () => {
  it('formats UTC as yyMMddTHHmmssZ', () => {
    expect(formatSignedDate(NOW)).toBe('250115T010203Z');
    expect(formatSignedDate(Date.UTC(2009, 11, 31, 23, 59, 59))).toBe('091231T235959Z');
  });
});

describe('signature vectors (§2.5)', () => {
  it('vector 1: GET ordersheets with %2B09:00', async () => {
    const message = signatureMessage('250115T010203Z', 'GET', PATH1, QUERY1);
    expect(message).toBe(`250115T010203ZGET${PATH1}${QUERY1}`);
    expect(await hmacSha256Hex(SECRET, message)).toBe(SIG1);
  });

  it('vector 1 through signRequest gives the documented header', async () => {
    const s = await signRequest({
      method: 'get',
      path: PATH1,
      query: QUERY1,
      accessKey: ACCESS,
      secretKey: SECRET,
      now: NOW,
    });
    expect(s.authorization).toBe(
      `CEA algorithm=HmacSHA256, access-key=test-access-key, signed-date=250115T010203Z, signature=${SIG1}`,
    );
  });

  it('vector 2: PUT acknowledgement, empty query, body not signed', async () => {
    const s = await signRequest({
      method: 'PUT',
      path: '/v2/providers/openapi/apis/api/v4/vendors/A00012345/ordersheets/acknowledgement',
      query: '',
      accessKey: ACCESS,
      secretKey: SECRET,
      now: NOW,
    });
    expect(s.signature).toBe(SIG2);
  });

  it('vector 3: a literal + gives a different (wrong) signature', async () => {
    const literal = QUERY1.replaceAll('%2B', '+');
    const sig = await hmacSha256Hex(SECRET, signatureMessage('250115T010203Z', 'GET', PATH1, literal));
    expect(sig).toBe(SIG3);
    expect(sig).not.toBe(SIG1);
  });

  it('agrees with node:crypto on a query built by buildQuery', async () => {
    const query = buildQuery([
      ['createdAtFrom', '2025-01-14+09:00'],
      ['createdAtTo', '2025-01-15+09:00'],
      ['maxPerPage', 50],
      ['status', 'ACCEPT'],
    ]);
    const message = signatureMessage('250115T010203Z', 'GET', PATH1, query);
    const expected = createHmac('sha256', SECRET).update(message, 'utf8').digest('hex');
    expect(await hmacSha256Hex(SECRET, message)).toBe(expected);
  });

  it('rejects a query with a leading ? and a path without /', () => {
    expect(() => signatureMessage('250115T010203Z', 'GET', PATH1, `?${QUERY1}`)).toThrow();
    expect(() => signatureMessage('250115T010203Z', 'GET', 'v2/x', '')).toThrow();
  });
});

describe('query encoding', () => {
  it('encodes + as %2B (upper-case hex) and everything outside unreserved once', () => {
    expect(buildQuery({ createdAtFrom: '2025-01-14+09:00' })).toBe('createdAtFrom=2025-01-14%2B09%3A00');
    expect(encodeRfc3986('a b+c/d?e&f=g~h_i.j-k')).toBe('a%20b%2Bc%2Fd%3Fe%26f%3Dg~h_i.j-k');
    // Already-encoded input is encoded again, never passed through: the builder takes raw values.
    expect(encodeRfc3986('%2B')).toBe('%252B');
  });

  it('encodes Korean as UTF-8 bytes', () => {
    expect(buildQuery([['keyword', '연인']])).toBe('keyword=%EC%97%B0%EC%9D%B8');
    expect(buildQuery([['placeNames', '서울 창고']])).toBe('placeNames=%EC%84%9C%EC%9A%B8%20%EC%B0%BD%EA%B3%A0');
  });

  it('keeps order, drops null/undefined, keeps empty strings, joins lists with an encoded comma', () => {
    expect(
      buildQuery([
        ['vendorId', 'A00012345'],
        ['skip', undefined],
        ['token', ''],
        ['codes', ['1', 2]],
        ['none', null],
        ['flag', true],
      ]),
    ).toBe('vendorId=A00012345&token=&codes=1%2C2&flag=true');
  });

  it('fills path templates with encoded segments', () => {
    expect(fillPath('/v/{vendorId}/x/{code}', { vendorId: 'A00012345', code: 'SKU 1/가' })).toBe(
      '/v/A00012345/x/SKU%201%2F%EA%B0%80',
    );
    expect(() => fillPath('/v/{vendorId}', {})).toThrow(/vendorId/);
  });
});
