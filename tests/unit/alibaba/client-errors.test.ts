import { describe, expect, it } from 'vitest';
import { createAlibabaClient } from '../../../utils/background/alibaba/api/client';
import { AlibabaApiError } from '../../../utils/background/alibaba/api/errors';
import { LocalSigner } from '../../../utils/background/alibaba/api/signer';
import { createTokenManager } from '../../../utils/background/alibaba/api/token-manager';
import { GATEWAY_ERRORS } from './fixtures/gateway-errors';
import { BUYER_ORDER_DETAIL } from './fixtures/orders';
import { APP_KEY, APP_SECRET, fakeGateway, GATEWAY, type Handler, ok } from './helpers/fake-gateway';
import { fixedTokens, MemoryTokenStore, scriptedEndpoint, tokens } from './helpers/token-doubles';

const ORDER_ID = '9223372036854775807';
const NOW = Date.UTC(2024, 0, 1, 9);

function client(handler: Handler, secret = APP_SECRET) {
  const gw = fakeGateway({ 'alibaba.trade.get.buyerView': handler });
  const tokenDouble = fixedTokens();
  const c = createAlibabaClient({
    gatewayBaseUrl: GATEWAY,
    appKey: APP_KEY,
    signer: new LocalSigner(secret),
    tokens: tokenDouble,
    fetch: gw.fetch,
    now: () => NOW,
  });
  return { c, gw, tokenDouble };
}

async function failure(p: Promise<unknown>): Promise<AlibabaApiError> {
  const e = await p.then(
    () => undefined,
    (err) => err,
  );
  if (!(e instanceof AlibabaApiError)) throw new Error(`expected AlibabaApiError, got ${String(e)}`);
  return e;
}

/** Nothing secret or personal may reach a log line built from the error. */
function expectLogSafe(e: AlibabaApiError) {
  const logged = `${e.message} ${JSON.stringify(e)}`;
  for (const secret of [ORDER_ID, 'AT-FIXED', APP_SECRET, 'Request need user authorized', 'AppKey is not allowed']) {
    expect(logged).not.toContain(secret);
  }
}

describe('gateway errors → AlibabaApiError', () => {
  const cases: [keyof typeof GATEWAY_ERRORS, string, boolean, string][] = [
    ['signatureInvalid', 'signatureInvalid', false, 'checkAppSecret'],
    ['signatureMissing', 'signatureInvalid', false, 'checkAppSecret'],
    ['aclDecline', 'apiNotGranted', false, 'requestApiAccess'],
    ['frequency', 'rateLimited', true, 'waitAndRetry'],
    ['noUsage', 'quotaExhausted', false, 'buyCallPackage'],
    ['paramMissing', 'paramMissing', false, 'reportBug'],
    ['timestamp', 'timestampInvalid', false, 'checkClock'],
    ['unsupported', 'apiUnsupported', false, 'reportBug'],
    ['appKeyNotFound', 'appKeyInvalid', false, 'checkAppKey'],
  ];
  it.each(cases)('%s → %s', async (name, kind, retryable, fix) => {
    const { status, body } = GATEWAY_ERRORS[name];
    const { c } = client(() => ({ status, body }));
    const e = await failure(c.getBuyerOrder(ORDER_ID));
    expect(e).toMatchObject({ kind, retryable, fix, route: 'alibaba.trade.get.buyerView', httpStatus: status });
    expect(e.params.api).toBe('alibaba.trade.get.buyerView');
    expect(e.remoteMessage).toBeTruthy(); // kept for display…
    expectLogSafe(e); // …but out of the log message and serialization
  });

  it('gives the frequency limit a back-off hint', async () => {
    const { c } = client(() => GATEWAY_ERRORS.frequency);
    expect((await failure(c.getBuyerOrder(ORDER_ID))).retryAfterMs).toBeGreaterThan(0);
  });

  it('detects a real signature mismatch (wrong secret)', async () => {
    const { c } = client(() => ok(BUYER_ORDER_DETAIL), 'wrong-secret');
    expect((await failure(c.getBuyerOrder(ORDER_ID))).kind).toBe('signatureInvalid');
  });

  it('maps non-JSON 5xx to a retryable server error and network failures to network', async () => {
    const { c } = client(() => ({ status: 502, body: '<html>Bad gateway</html>' }));
    expect(await failure(c.getBuyerOrder(ORDER_ID))).toMatchObject({ kind: 'server', retryable: true });
    const { c: c2 } = client(() => () => {
      throw new TypeError('fetch failed');
    });
    expect(await failure(c2.getBuyerOrder(ORDER_ID))).toMatchObject({ kind: 'network', retryable: true });
  });

  it('maps an unexpected 200 shape to badResponse', async () => {
    const { c } = client(() => ok('{"result":{"baseInfo":{"status":1}}}'));
    expect((await failure(c.getBuyerOrder(ORDER_ID))).kind).toBe('badResponse');
  });
});

describe('401 Request need user authorized', () => {
  function withRealTokens(handler: Handler) {
    const store = new MemoryTokenStore(tokens());
    const script = scriptedEndpoint(() => NOW);
    const manager = createTokenManager({ store, endpoint: script.endpoint, now: () => NOW });
    const gw = fakeGateway({ 'alibaba.trade.get.buyerView': handler });
    const c = createAlibabaClient({
      gatewayBaseUrl: GATEWAY,
      appKey: APP_KEY,
      signer: new LocalSigner(APP_SECRET),
      tokens: manager,
      fetch: gw.fetch,
      now: () => NOW,
    });
    return { c, gw, script, store };
  }

  it('refreshes once and retries once with the new token', async () => {
    const { c, gw, script } = withRealTokens((call) =>
      call.form.access_token === 'AT-1' ? GATEWAY_ERRORS.unauthorized : ok(BUYER_ORDER_DETAIL),
    );
    const order = await c.getBuyerOrder(ORDER_ID);
    expect(order.orderId).toBe(ORDER_ID);
    expect(script.counts.refresh).toBe(1);
    expect(gw.calls.map((x) => x.form.access_token)).toEqual(['AT-1', 'AT-2']);
    // the retry is freshly signed and timestamped, not a replay
    expect(gw.calls[1]!.form._aop_signature).not.toBe(gw.calls[0]!.form._aop_signature);
  });

  it('shares one refresh among concurrent calls that all got 401', async () => {
    const { c, script } = withRealTokens((call) =>
      call.form.access_token === 'AT-1' ? GATEWAY_ERRORS.unauthorizedVariant : ok(BUYER_ORDER_DETAIL),
    );
    await Promise.all(Array.from({ length: 10 }, () => c.getBuyerOrder(ORDER_ID)));
    expect(script.counts.refresh).toBe(1);
  });

  it('asks to reconnect when the refreshed token is refused too (no third attempt)', async () => {
    const { c, gw, store } = withRealTokens(() => GATEWAY_ERRORS.unauthorized);
    const e = await failure(c.getBuyerOrder(ORDER_ID));
    expect(e).toMatchObject({ kind: 'unauthorized', fix: 'reconnect', retryable: false });
    expect(gw.calls).toHaveLength(2);
    expect(store.reauth).toEqual(['unauthorizedAfterRefresh']);
  });
});

describe('business errors (HTTP 200)', () => {
  it('maps an errorCode envelope without leaking the remote text into the message', async () => {
    const { c } = client(() =>
      ok('{"success":false,"errorCode":"order.nopermission.buyer","errorMessage":"订单不属于买家"}'),
    );
    const e = await failure(c.getBuyerOrder(ORDER_ID));
    expect(e).toMatchObject({
      kind: 'noPermission',
      fix: 'checkOrderOwner',
      code: 'order.nopermission.buyer',
      httpStatus: 200,
    });
    expect(e.remoteMessage).toBe('订单不属于买家');
    expect(e.message).not.toContain('订单');
  });

  it('maps unknown business codes to business with the code as an i18n param', async () => {
    const { c } = client(() => ok('{"success":false,"errorCode":"FOO_BAR","errorMessage":"x"}'));
    expect((await failure(c.getBuyerOrder(ORDER_ID))).params).toMatchObject({ code: 'FOO_BAR' });
  });
});
