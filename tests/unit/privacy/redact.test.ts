import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { createDispatcher } from '@/utils/background/messaging/dispatcher';
import { Logger } from '@/utils/background/privacy/logger';
import { classifyKey, redact, redactError, redactText, summarize } from '@/utils/background/privacy/redact';
import { redactReply } from '@/utils/background/privacy/redact-reply';
import { defineMessage } from '@/utils/protocol/define';
import { HandledError } from '@/utils/protocol/envelope';
import type { ClassifiedSender } from '@/utils/protocol/sender';

/** Known personal data and secrets; none may appear in any output. */
const PII = {
  nameKo: '김철수',
  nameKo2: '홍길동',
  nameZh: '王小明',
  safeNumber: '0502-1234-5678',
  mobileKo: '010-9876-5432',
  mobileKoPlain: '01055556666',
  mobileCn: '13812345678',
  mobileCnIntl: '+86 139 8765 4321',
  addressKo: '서울특별시 강남구 테헤란로 123',
  addressZh: '浙江省杭州市余杭区文一西路969号',
  detail: '101동 1001호',
  postcode: '06236',
  customs: 'P123456789012',
  email: 'buyer.kim@example.com',
  memo: '부재 시 경비실에 맡겨주세요',
};
const SECRETS = {
  accessKey: '3f2a9c41-7d5e-4b8a-9c1f-0e6d2b7a5c13',
  secretKey: '9d1e7c4b2a6f8e3d5c0b1a9f7e6d4c3b2a1f0e9d',
  appSecret: 'kQ7rT2xW9pLm',
  accessToken: 'c8d3e1f0-5b7a-4e2d-9f6c-1a2b3c4d5e6f',
  refreshToken: 'rt-Zx81Qm4Lp0Wn7Vb2',
  signature: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
  hmac: '5e2b9c0d7a1f4e3b8c6d2a9f0e1b7c4d3a5f6e8b9c0d1e2f3a4b5c6d7e8f9a0b',
  oauthCode: 'code-7TgQ2pXk9',
  bearer: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
};
const ALL = [...Object.values(PII), ...Object.values(SECRETS)];

function expectClean(output: string) {
  for (const v of ALL) expect(output, `leaked ${v}`).not.toContain(v);
  // Digit-only forms of the phones too (a formatter could strip separators).
  for (const v of [PII.safeNumber, PII.mobileKo, PII.mobileCnIntl])
    expect(output).not.toContain(v.replace(/\D/g, '').slice(-8));
}

const coupangAuth = `CEA algorithm=HmacSHA256, access-key=${SECRETS.accessKey}, signed-date=250101T000000Z, signature=${SECRETS.hmac}`;

const coupangOrderSheet = {
  shipmentBoxId: '642538970006401429',
  orderId: '9100041863244',
  orderer: { name: PII.nameKo2, email: PII.email, safeNumber: PII.safeNumber, ordererNumber: null },
  receiver: {
    name: PII.nameKo,
    safeNumber: PII.safeNumber,
    receiverNumber: PII.mobileKo,
    addr1: PII.addressKo,
    addr2: PII.detail,
    postCode: PII.postcode,
  },
  parcelPrintMessage: PII.memo,
  overseaShippingInfoDto: { personalCustomsClearanceCode: PII.customs, ordererPhoneNumber: PII.mobileKoPlain },
  orderItems: [{ vendorItemName: '무선 이어폰', shippingCount: 1 }],
};

const alibabaOrder = {
  baseInfo: { id: '2458870453210123456', buyerLoginId: 'buyer-login', status: 'waitsellersend' },
  nativeLogistics: {
    contactPerson: PII.nameZh,
    mobile: PII.mobileCn,
    address: PII.addressZh,
    zip: '310000',
    toFullName: PII.nameZh,
  },
};

/** Every shape of failure a handler can produce. */
function errorPaths(): unknown[] {
  const withCause = new Error('orders.sync failed for vendor A00012345', {
    cause: new Error(
      `GET https://api-gateway.coupang.com/v2/ordersheets?status=ACCEPT with Authorization: ${coupangAuth}`,
      {
        cause: new Error(`Coupang 400 ${JSON.stringify({ code: 400, message: 'bad', data: coupangOrderSheet })}`),
      },
    ),
  });
  const withBody = Object.assign(new Error('1688 gateway error'), {
    status: 400,
    body: JSON.stringify({ error_code: 'gw.QPS', result: alibabaOrder, access_token: SECRETS.accessToken }),
  });
  const typeError = new TypeError(`Cannot read properties of undefined (reading 'receiverName': ${PII.nameKo})`);
  const tokenResponse = {
    status: 401,
    body: JSON.stringify({ access_token: SECRETS.accessToken, refresh_token: SECRETS.refreshToken, memberId: 'b2b-1' }),
  };
  const relayUrl = new URL(
    `https://relay.example/sign?appKey=7384921&_aop_signature=${SECRETS.signature}&access_token=${SECRETS.accessToken}&code=${SECRETS.oauthCode}`,
  );
  const headers = new Headers({ Authorization: coupangAuth, 'X-Requested-By': 'crossdock' });
  const aggregate = new AggregateError([withBody, new Error(`receiver ${PII.customs} / ${PII.email}`)], 'batch failed');
  const freeText = `수취인: ${PII.nameKo}, 연락처 ${PII.mobileKo}, 주소 ${PII.addressKo} ${PII.detail}; 收件人：${PII.nameZh} ${PII.mobileCnIntl} ${PII.addressZh}; token Bearer ${SECRETS.bearer}`;
  const config = {
    vendorId: 'A00012345',
    accessKey: SECRETS.accessKey,
    secretKey: SECRETS.secretKey,
    appSecret: SECRETS.appSecret,
  };
  return [
    withCause,
    withBody,
    typeError,
    tokenResponse,
    relayUrl,
    headers,
    aggregate,
    freeText,
    config,
    coupangOrderSheet,
    alibabaOrder,
  ];
}

describe('redaction', () => {
  it('classifies secret and personal field names, and leaves descriptive ones', () => {
    for (const k of [
      'secretKey',
      'accessKey',
      'access_token',
      'refreshToken',
      'Authorization',
      '_aop_signature',
      'appSecret',
      'password',
      'cookie',
    ])
      expect(classifyKey(k), k).toBe('secret');
    for (const k of [
      'receiverName',
      'name',
      'safeNumber',
      'receiverNumber',
      'addr1',
      'address',
      'postCode',
      'zip',
      'personalCustomsClearanceCode',
      'email',
      'parcelPrintMessage',
      'contactPerson',
      'mobile',
      'toFullName',
      'memo',
      'receiver',
      'orderer',
    ])
      expect(classifyKey(k), k).toBe('pii');
    for (const k of [
      'vendorItemName',
      'productName',
      'courierName',
      'shipmentBoxId',
      'orderId',
      'status',
      'code',
      'message',
      'kind',
    ])
      expect(classifyKey(k), k).toBeUndefined();
  });

  it('redacts every error path and keeps what is needed to debug', () => {
    for (const e of errorPaths()) {
      const out = JSON.stringify(redact(e));
      expectClean(out);
      expectClean(summarize(e));
    }
    const e = redactError(errorPaths()[0]);
    expect(e.message).toContain('A00012345'); // a vendorId is not a secret: support needs it
    expect(JSON.stringify(e)).toContain('Coupang 400');
    expect(JSON.stringify(e)).toContain('642538970006401429'); // ids survive (no false phone match)
    expect(JSON.stringify(e)).toContain('무선 이어폰');
  });

  it('parses JSON bodies and redacts them field by field', () => {
    const out = redact(JSON.stringify(coupangOrderSheet)) as string;
    const parsed = JSON.parse(out);
    expect(parsed.receiver).toBe('[pii]');
    expect(parsed.orderer).toBe('[pii]');
    expect(parsed.orderItems[0].vendorItemName).toBe('무선 이어폰');
    expectClean(out);
  });

  it('redacts patterns in free text', () => {
    const text = redactText(errorPaths()[7] as string);
    expectClean(text);
    expect(text).toContain('[pii]');
    expect(redactText(`pccc=${PII.customs}`)).not.toContain(PII.customs);
    expect(redactText('https://gw.example/openapi/x/7384921?access_token=abc&_aop_signature=DEF&page=2')).toBe(
      'https://gw.example/openapi/x/7384921?access_token=[secret]&_aop_signature=[secret]&page=2',
    );
    expect(redactText(`phone 13812345678 order 2458870453210123456`)).toBe('phone [pii] order 2458870453210123456');
    expect(redactText('2025-05-01T09:00:00+09:00 status 200 id 642538970006401429')).toBe(
      '2025-05-01T09:00:00+09:00 status 200 id 642538970006401429',
    );
  });

  it('survives cycles, deep nesting and odd values', () => {
    const a: Record<string, unknown> = { receiverName: PII.nameKo };
    a.self = a;
    let deep: Record<string, unknown> = { phone: PII.mobileKo };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    const out = JSON.stringify(redact({ a, deep, fn: () => 1, bytes: new Uint8Array(16), n: 5, nil: null }));
    expectClean(out);
    expect(out).toContain('[circular]');
  });

  it('redacts error replies before they leave the background', () => {
    const reply = redactReply({
      ok: false,
      error: {
        code: 'marketplace_error',
        message: `Coupang: receiver ${PII.nameKo} ${PII.safeNumber} at ${PII.addressKo} (access-key=${SECRETS.accessKey})`,
        kind: 'badRequest',
        params: { phone: PII.mobileKo, detail: PII.email, retryAfter: 30 },
      },
    });
    expectClean(JSON.stringify(reply));
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'marketplace_error', kind: 'badRequest', params: { retryAfter: 30 } },
    });
    const ok = { ok: true as const, data: { name: 'kept' } };
    expect(redactReply(ok)).toBe(ok);
  });
});

describe('logger', () => {
  beforeEach(() => fakeBrowser.reset());

  function capture() {
    const lines: unknown[][] = [];
    const sink = {
      info: (...a: unknown[]) => lines.push(a),
      warn: (...a: unknown[]) => lines.push(a),
      error: (...a: unknown[]) => lines.push(a),
    };
    return { lines, logger: new Logger({ sink }) };
  }

  it('C9: writes only redacted data to the console and the error log', async () => {
    const { lines, logger } = capture();
    for (const [i, e] of errorPaths().entries()) {
      await logger.error(`test.path${i}`, e, {
        request: { headers: { Authorization: coupangAuth } },
        body: coupangOrderSheet,
      });
      await logger.warn(`test.warn${i}`, e);
      logger.info(`test.info${i}`, e);
    }
    expectClean(JSON.stringify(lines));
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).toContain('errorLog');
    expectClean(stored);
    expect((await logger.read()).length).toBeGreaterThan(10);
  });

  it('keeps a bounded error log and drops entries past the declared TTL', async () => {
    let now = Date.UTC(2025, 0, 1);
    const logger = new Logger({ sink: { info() {}, warn() {}, error() {} }, now: () => now });
    for (let i = 0; i < 130; i++) await logger.error('x', new Error(`e${i}`));
    expect(await logger.read()).toHaveLength(100);
    now += 8 * 24 * 3_600_000;
    expect(await logger.read()).toHaveLength(0);
  });

  it('receives every dispatcher handler failure, and the reply carries no PII', async () => {
    const { lines, logger } = capture();
    const catalog = {
      'x.throws': defineMessage({
        needsConsent: false,
        request: () => z.object({ n: z.number() }).strict(),
        reply: () => z.object({}),
        senders: ['extension-page'],
      }),
      'x.handled': defineMessage({
        needsConsent: false,
        request: () => z.object({}).strict(),
        reply: () => z.object({}),
        senders: ['extension-page'],
      }),
      'x.badReply': defineMessage({
        needsConsent: false,
        request: () => z.object({}).strict(),
        reply: () => z.object({ n: z.number() }),
        senders: ['extension-page'],
      }),
    };
    const paths = errorPaths();
    const dispatch = createDispatcher(
      catalog,
      {
        'x.throws': ({ n }) => {
          throw paths[n];
        },
        'x.handled': () => {
          throw new HandledError(
            'marketplace_error',
            `Coupang says: receiver ${PII.nameKo} ${PII.mobileKo} ${PII.customs}`,
            'badRequest',
            {
              receiver: PII.nameKo,
            },
          );
        },
        'x.badReply': () => ({ n: PII.mobileKo }) as unknown as { n: number },
      },
      { onRejected: () => {}, hasConsent: async () => true, onHandlerError: (type, e) => void logger.error(type, e) },
    );
    const page: ClassifiedSender = { kind: 'extension-page', url: 'chrome-extension://x/options.html' };
    const replies: unknown[] = [];
    for (let n = 0; n < paths.length; n++)
      replies.push(redactReply(await dispatch({ type: 'x.throws', payload: { n } }, page)));
    replies.push(redactReply(await dispatch({ type: 'x.handled', payload: {} }, page)));
    replies.push(redactReply(await dispatch({ type: 'x.badReply', payload: {} }, page)));
    await logger.read();
    expect(lines.length).toBe(paths.length + 1);
    expectClean(JSON.stringify(lines));
    expectClean(JSON.stringify(replies));
    expectClean(JSON.stringify(await fakeBrowser.storage.local.get(null)));
  });
});
