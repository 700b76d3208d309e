import { describe, expect, it } from 'vitest';
import {
  ceaAuthorization,
  formatSignedDate,
  hmacHex,
  parseCeaHeader,
  parseSignedDate,
  stringToSign,
} from '../../../sandbox/coupang/auth/signature';

// Reference §2.5: dummy keys, three independent implementations agreed on these.
const SECRET = 'test-secret-key';
const DATE = '250115T010203Z';
const PATH = '/v2/providers/openapi/apis/api/v5/vendors/A00012345/ordersheets';

describe('CEA HMAC helper', () => {
  it('reproduces test vector #1 (v5 list, %2B offset)', () => {
    const message = stringToSign(
      DATE,
      'GET',
      PATH,
      'createdAtFrom=2025-01-14%2B09:00&createdAtTo=2025-01-15%2B09:00&maxPerPage=50&status=ACCEPT',
    );
    expect(hmacHex(SECRET, message)).toBe('558f49737e85be2a2316c4624338eed67a5911bcf454fd5cce96985d0f0aebf0');
  });

  it('reproduces test vector #2 (PUT acknowledgement, body not signed)', () => {
    const message = stringToSign(
      DATE,
      'PUT',
      '/v2/providers/openapi/apis/api/v4/vendors/A00012345/ordersheets/acknowledgement',
      '',
    );
    expect(hmacHex(SECRET, message)).toBe('0c0b98d1e1e878a2336c8a3671fbc945dab9a75ba43fcfb94fc0b5304c8fad6d');
  });

  it('reproduces test vector #3 (literal + instead of %2B)', () => {
    const message = stringToSign(
      DATE,
      'GET',
      PATH,
      'createdAtFrom=2025-01-14+09:00&createdAtTo=2025-01-15+09:00&maxPerPage=50&status=ACCEPT',
    );
    expect(hmacHex(SECRET, message)).toBe('2dd5afb1bf7febd320923b885d008a48f321058cf92bd2eb4096010b0dd570d0');
  });

  it('builds the documented header for vector #1', () => {
    const header = ceaAuthorization({
      accessKey: 'test-access-key',
      secretKey: SECRET,
      method: 'GET',
      path: PATH,
      rawQuery: 'createdAtFrom=2025-01-14%2B09:00&createdAtTo=2025-01-15%2B09:00&maxPerPage=50&status=ACCEPT',
      atMs: Date.UTC(2025, 0, 15, 1, 2, 3),
    });
    expect(header).toBe(
      'CEA algorithm=HmacSHA256, access-key=test-access-key, signed-date=250115T010203Z, signature=558f49737e85be2a2316c4624338eed67a5911bcf454fd5cce96985d0f0aebf0',
    );
    expect(parseCeaHeader(header)).toEqual({
      accessKey: 'test-access-key',
      signedDate: DATE,
      signature: '558f49737e85be2a2316c4624338eed67a5911bcf454fd5cce96985d0f0aebf0',
    });
  });

  it('formats and parses signed-date as UTC yyMMddTHHmmssZ', () => {
    expect(formatSignedDate(Date.UTC(2025, 0, 15, 1, 2, 3))).toBe(DATE);
    expect(parseSignedDate(DATE)).toBe(Date.UTC(2025, 0, 15, 1, 2, 3));
    expect(parseSignedDate('2025-01-15T01:02:03Z')).toBeNull();
    expect(parseSignedDate('251315T010203Z')).toBeNull();
  });

  it('rejects header variants the reference does not confirm', () => {
    expect(parseCeaHeader('CEA algorithm=HmacSHA256,access-key=a,signed-date=b,signature=c')).toBeNull();
    expect(parseCeaHeader('CEA algorithm=HmacSHA1, access-key=a, signed-date=b, signature=c')).toBeNull();
  });
});
