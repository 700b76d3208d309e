import type { CoupangErrorKind } from '@/utils/background/coupang/api/errors';
import { LOCALES, type Locale, translate } from '@/utils/i18n';
import { MessageError } from '@/utils/protocol/client';
import { describeError, errorKindOf, KNOWN_ERROR_KINDS } from '@/utils/ui/errors/describe-error';
import { describeImportError, IMPORT_ERROR_CODES, importErrorCode } from '@/utils/ui/errors/import-words';
import { describeOutcome } from '@/utils/ui/errors/outcome-words';

const tFor = (l: Locale) => (k: string, p?: Record<string, string | number>) => translate(l, k, p);

// Compile-time: adding a Coupang error kind without listing it here fails the typecheck.
const COUPANG_KINDS: Record<CoupangErrorKind, true> = {
  invalidSignature: true,
  signatureExpired: true,
  ipNotAllowed: true,
  unknownAccessKey: true,
  unauthorized: true,
  vendorMismatch: true,
  rateLimited: true,
  blocked: true,
  invalidStatus: true,
  badRequest: true,
  notFound: true,
  apiUnavailable: true,
  server: true,
  timeout: true,
  network: true,
  schema: true,
  circuitOpen: true,
  unknown: true,
};

describe('error text', () => {
  it('C13: has its own title and fix for every Coupang error kind (unknown → generic), in every language', () => {
    for (const kind of Object.keys(COUPANG_KINDS)) {
      for (const l of LOCALES) {
        const d = describeError(
          { code: 'marketplace_error', kind, message: 'raw', params: { route: 'GET /x' } },
          tFor(l),
        );
        if (kind === 'unknown') {
          expect(d.kind).toBe('generic');
          continue;
        }
        expect(d.kind, kind).toBe(kind);
        expect(d.title, `${l}:${kind}`).not.toMatch(/^err\./);
        expect(d.fix, `${l}:${kind}`).toBeTruthy();
        expect(d.fix, `${l}:${kind}`).not.toMatch(/^err\.|\{\w+\}/);
      }
    }
  });

  it('covers every kind it declares', () => {
    for (const kind of KNOWN_ERROR_KINDS) {
      for (const l of LOCALES) {
        const d = describeError({ kind }, tFor(l));
        expect(d.kind).toBe(kind);
        expect(d.title).not.toMatch(/^err\./);
        expect(d.fix ?? '').not.toMatch(/^err\.|\{\w+\}/);
      }
    }
  });

  it('C13: names the fix with the details the background measured', () => {
    const en = tFor('en');
    expect(describeError({ kind: 'signatureExpired', params: { clockSkewSeconds: -600 } }, en).fix).toMatch(
      /600 seconds behind/,
    );
    expect(describeError({ kind: 'signatureExpired', params: { clockSkewSeconds: 42 } }, en).fix).toMatch(
      /42 seconds ahead/,
    );
    expect(describeError({ kind: 'signatureExpired' }, en, { clockSkewSeconds: 90 }).fix).toMatch(/90 seconds/);
    expect(describeError({ kind: 'ipNotAllowed', params: { ip: '198.51.100.7' } }, en).fix).toMatch(
      /198\.51\.100\.7.*자체개발.*30 minutes/,
    );
    expect(describeError({ kind: 'ipNotAllowed' }, en).fix).toMatch(/public IP under/);
    // 2025-01-15T03:07:00Z is 12:07 in Seoul, whatever zone runs the test.
    expect(
      describeError({ kind: 'rateLimited', params: { blockedUntil: '2025-01-15T03:07:00.000Z' } }, en).fix,
    ).toMatch(/12:07/);
    expect(describeError({ kind: 'rateLimited' }, en, { blockedUntil: Date.UTC(2025, 0, 15, 3, 7) }).fix).toMatch(
      /12:07/,
    );
    expect(describeError({ kind: 'schema', params: { route: 'GET /v2/.../ordersheets' } }, en).fix).toMatch(
      /ordersheets.*kept/,
    );
    expect(describeError({ kind: 'signatureExpired', params: { clockSkewSeconds: 600 } }, tFor('ko')).fix).toMatch(
      /600초/,
    );
    expect(describeError({ kind: 'signatureExpired', params: { clockSkewSeconds: 600 } }, tFor('zh_CN')).fix).toMatch(
      /600 秒/,
    );
  });

  it('accepts a MessageError, an envelope code, plain errors and strings', () => {
    const en = tFor('en');
    const me = new MessageError({ code: 'marketplace_error', message: 'x', kind: 'invalidSignature' });
    expect(describeError(me, en).kind).toBe('invalidSignature');
    expect(describeError(new MessageError({ code: 'consent_required', message: 'x' }), en).kind).toBe(
      'consentRequired',
    );
    expect(errorKindOf({ code: 'not_connected' })).toBe('notConnected');
    expect(describeError(new Error('boom'), en)).toMatchObject({ kind: 'generic', fix: 'boom' });
    expect(describeError('plain', en).fix).toBe('plain');
    expect(describeError({ kind: 'somethingNew', message: 'as told' }, en)).toMatchObject({
      kind: 'generic',
      fix: 'as told',
    });
    expect(describeError(new TypeError('Failed to fetch'), en).kind).toBe('network');
  });
});

describe('invoice import problems', () => {
  it('has words for every code in every language', () => {
    for (const code of IMPORT_ERROR_CODES) {
      for (const l of LOCALES) {
        const text = describeImportError(code, { courier: 'XYZ', firstRow: 3, max: 2000, column: 'courier' }, tFor(l));
        expect(text, `${l}:${code}`).not.toMatch(/^import\.|\{\w+\}/);
      }
    }
  });

  it('understands common spellings of the codes', () => {
    expect(importErrorCode('EXCEL_MANGLED_ID')).toBe('excelMangledId');
    expect(importErrorCode('duplicate_tracking_number')).toBe('duplicateTracking');
    expect(importErrorCode('INVALID_STATUS')).toBe('notInstruct');
    expect(importErrorCode('order-not-found')).toBe('orderNotFound');
    expect(describeImportError('excelMangledId', undefined, tFor('en'))).toMatch(/format the column as text/i);
    expect(describeImportError('duplicateRow', { firstRow: 4 }, tFor('en'))).toMatch(/row 4/);
    expect(describeImportError('weird', undefined, tFor('en'))).toMatch(/weird/);
  });

  it('words every code the background validator emits', () => {
    const en = tFor('en');
    const codes = [
      'MISSING_VALUE',
      'SCIENTIFIC_NOTATION',
      'INVALID_SHIPMENT_BOX_ID',
      'ID_PRECISION_LOST',
      'UNKNOWN_COURIER',
      'INVALID_TRACKING_NUMBER',
      'DUPLICATE_ROW',
      'DUPLICATE_SHIPMENT_BOX',
      'DUPLICATE_TRACKING_NUMBER',
      'ORDER_NOT_FOUND',
      'ORDER_NOT_INSTRUCT',
      'EMPTY',
      'MISSING_COLUMN',
      'MALFORMED',
    ];
    for (const code of codes) expect(importErrorCode(code), code).toBeDefined();
    expect(describeImportError('SCIENTIFIC_NOTATION', { value: '1.23E+17' }, en)).toMatch(/format the column as text/i);
    expect(describeImportError('ID_PRECISION_LOST', { value: '123456789012345000' }, en)).toMatch(/zeros/);
    expect(describeImportError('UNKNOWN_COURIER', { value: 'FOO' }, en)).toMatch(/"FOO"/);
    expect(describeImportError('INVALID_TRACKING_NUMBER', { expected: 'digits:10|12', courier: 'CJGLS' }, en)).toMatch(
      /10 \/ 12 digits/,
    );
    expect(describeImportError('INVALID_TRACKING_NUMBER', { expected: 'alnum:8-20' }, en)).toMatch(
      /8–20 letters or digits/,
    );
    expect(describeImportError('DUPLICATE_TRACKING_NUMBER', { otherRow: 7 }, en)).toMatch(/row 7/);
    expect(describeImportError('DUPLICATE_SHIPMENT_BOX', { otherRow: 3 }, en)).toMatch(/row 3.*different/);
    expect(describeImportError('ORDER_NOT_INSTRUCT', { status: 'ACCEPT' }, en)).toMatch(/to ship/);
    expect(describeImportError('MISSING_COLUMN', { column: 'courier' }, en)).toMatch(/courier/);
  });
});

describe('action results', () => {
  it('explains INVALID_STATUS per action and falls back to kinds and messages', () => {
    const en = tFor('en');
    expect(describeOutcome('uploadInvoice', { code: 'INVALID_STATUS' }, 'failed', en)).toMatch(
      /no longer in 'to ship': refresh/,
    );
    expect(describeOutcome('acknowledge', { code: 'invalidStatus' }, 'failed', en)).toMatch(/no longer 'new'/);
    expect(describeOutcome('uploadInvoice', { code: 'DUPLICATE_INVOICE_NUMBER' }, 'failed', en)).toMatch(
      /already registered/,
    );
    expect(describeOutcome('acknowledge', { code: 'timeout' }, 'failed', en)).toMatch(/did not answer/);
    expect(describeOutcome('acknowledge', { code: 'SOMETHING', message: 'as Coupang said' }, 'failed', en)).toBe(
      'as Coupang said',
    );
    expect(describeOutcome('acknowledge', undefined, 'unknown', en)).toMatch(/re-checks/);
    expect(describeOutcome('coupang.uploadInvoice', { code: 'INVALID_STATUS' }, 'failed', en)).toMatch(/'to ship'/);
    expect(describeOutcome('coupang.acknowledge', { code: 'RATE_LIMITED' }, 'failed', en)).toMatch(/limiting/);
    expect(describeOutcome('coupang.stopShipment', { code: 'NO_CANCEL_REQUEST' }, 'failed', en)).toMatch(
      /cancel request/,
    );
  });
});

describe("a refusal keeps Coupang's own reason (issue 12, bug 2)", () => {
  it('shows what Coupang said after our title, not the generic "check the values"', () => {
    const said = 'CJ대한통운의 송장번호 형식에 맞지않는 운송장 번호 입니다. [51234567890]';
    for (const l of LOCALES) {
      const text = describeOutcome('coupang.uploadInvoice', { code: 'badRequest', message: said }, 'failed', tFor(l));
      expect(text).toBe(`${translate(l, 'err.badRequest.title')}: ${said}`);
      expect(text).not.toContain(translate(l, 'err.badRequest.fix'));
    }
    // Without a reason the generic fix still says what to do.
    expect(describeOutcome('coupang.uploadInvoice', { code: 'badRequest' }, 'failed', tFor('en'))).toContain(
      translate('en', 'err.badRequest.fix'),
    );
  });
});

describe('one renderer, wording per marketplace', () => {
  it('describes 1688 errors in the 1688 table (title and fix), in every language, keeping the alibaba. kind', () => {
    for (const l of LOCALES) {
      const d = describeError({ code: 'marketplace_error', kind: 'alibaba.authDenied', message: 'raw' }, tFor(l));
      expect(d.kind).toBe('alibaba.authDenied');
      expect(d.title).toBe(translate(l, 'alibaba.err.authDenied'));
      expect(d.fix).toBe(translate(l, 'alibaba.fix.retryAuth'));
    }
  });

  it('takes the fix the background named, says nothing for "none", and falls back to the message', () => {
    const en = tFor('en');
    expect(describeError({ kind: 'alibaba.authDenied', params: { fix: 'sameMember' } }, en).fix).toBe(
      translate('en', 'alibaba.fix.sameMember'),
    );
    expect(describeError({ kind: 'alibaba.offerNotInPage' }, en).fix).toBeUndefined();
    expect(describeError({ kind: 'alibaba.brandNew', message: 'as 1688 said' }, en)).toMatchObject({
      kind: 'alibaba.brandNew',
      title: 'as 1688 said',
    });
    // Coupang's kinds keep their own table.
    expect(describeError({ kind: 'ipNotAllowed' }, en).title).toBe(translate('en', 'err.ipNotAllowed.title'));
  });
});
