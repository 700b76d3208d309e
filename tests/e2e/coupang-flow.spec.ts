import { expect, test } from './fixtures';
import { acceptConsent } from './support/consent';
import { allOrderKeys, connectCoupang, ok, waitForSync } from './support/messages';
import { restartServiceWorker } from './support/worker';

const ORDERSHEETS = 'GET /v2/providers/openapi/apis/api/v5/vendors/{vendorId}/ordersheets';
const ACK = 'PUT /v2/providers/openapi/apis/api/v4/vendors/{vendorId}/ordersheets/acknowledgement';

test.describe('Coupang order flow against the sandbox', () => {
  test('C4, C10, C12: nothing leaves before consent; a full sync stays under the rate limit with zero 429s, calling Coupang directly', async ({
    control,
    networkLog,
    openExtensionPage,
  }) => {
    await control.reset({ orders: 1500 });
    const page = await openExtensionPage('sidepanel.html');
    const vendor = control.config.coupang.vendors[0];
    const before = await connectCoupang(page, vendor);
    expect(before).toMatchObject({ ok: false, error: { code: 'consent_required' } });
    expect(await control.counters()).toEqual({});

    await acceptConsent(page);
    const connected = await connectCoupang(page, vendor);
    expect(connected.ok).toBe(true);
    expect(connected.data.verification, JSON.stringify(connected.data.verification)).toMatchObject({ ok: true });
    const accountKey = connected.data.account.accountKey;
    const status = await waitForSync(page, accountKey, 120_000);
    expect(status.phase).toBe('done');

    const keys = await allOrderKeys(page);
    expect(keys.length).toBeGreaterThan(500);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys.slice(0, 20)) expect(k).toMatch(/^coupang:A\d{8}:\d{18}$/);
    const c = (await control.counters())[`coupang:${vendor.vendorId}`];
    expect(c.rateLimited).toBe(0);
    expect(c.peakPerSecond).toBeLessThanOrEqual(10);
    expect(c.signatureFailures).toBe(0);
    // C12: the worker called Coupang's configured origin itself — no relay, no other provider's system.
    const coupangOrigin = new URL(control.config.coupang.baseUrl).origin;
    const workerCalls = networkLog.filter((r) => r.from === 'service-worker' && !r.url.startsWith('chrome-extension:'));
    expect(workerCalls.length).toBeGreaterThan(10);
    expect(workerCalls.filter((r) => new URL(r.url).origin !== coupangOrigin)).toEqual([]);
  });

  test('a worker killed mid-sync resumes from its checkpoint: same orders, pages not fetched again', async ({
    control,
    context,
    openExtensionPage,
  }) => {
    await control.reset({ orders: 1500 });
    const page = await openExtensionPage('sidepanel.html');
    await acceptConsent(page);
    const vendor = control.config.coupang.vendors[0];

    // Reference: an uninterrupted full sync.
    const first = await connectCoupang(page, vendor);
    const accountKey = first.data.account.accountKey;
    await waitForSync(page, accountKey, 120_000);
    const reference = (await allOrderKeys(page)).sort();
    const uninterruptedPages = (await control.counters())[`coupang:${vendor.vendorId}`].byRoute[ORDERSHEETS];

    // Start over (disconnect wipes everything of the account), slow the API, kill the worker mid-way.
    await ok(page, 'connections.disconnect', { accountKey });
    expect(await allOrderKeys(page)).toEqual([]);
    await control.call('POST', '/counters/reset');
    await control.addFault({ market: 'coupang', pathPattern: '/ordersheets$', kind: 'latency', ms: 150 });
    await connectCoupang(page, vendor);
    await expect
      .poll(async () => (await control.counters())[`coupang:${vendor.vendorId}`]?.byRoute[ORDERSHEETS] ?? 0)
      .toBeGreaterThan(8);
    await restartServiceWorker(context, page);
    await control.clearFaults();
    await ok(page, 'orders.sync', { accountKey });
    await waitForSync(page, accountKey, 120_000);

    expect((await allOrderKeys(page)).sort()).toEqual(reference);
    const resumedPages = (await control.counters())[`coupang:${vendor.vendorId}`].byRoute[ORDERSHEETS];
    // Resumed, not restarted: at most the verification call and the pages in flight when the
    // worker died are repeated (walks run side by side: the vendor's queue sends up to 3 at once).
    expect(resumedPages).toBeLessThanOrEqual(uninterruptedPages + 1 + 3);
  });

  test('acknowledging re-reads the address; a worker killed mid-send never sends twice', async ({
    control,
    context,
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('sidepanel.html');
    await acceptConsent(page);
    const vendor = control.config.coupang.vendors[0];
    const { data } = await connectCoupang(page, vendor);
    await waitForSync(page, data.account.accountKey);
    const fresh = await ok<{ rows: Array<{ key: string; shipmentId: string }> }>(page, 'orders.query', {
      tab: 'new',
      limit: 3,
    });
    expect(fresh.rows.length).toBe(3);
    const [first] = fresh.rows;

    // The buyer changes the address while the order is still ACCEPT.
    await control.call('PATCH', `/coupang/orders/${first.shipmentId}`, {
      receiver: { addr1: '부산광역시 해운대구 센텀중앙로 79' },
    });

    // The acknowledgement is slow; the worker dies while it is in flight.
    await control.addFault({
      market: 'coupang',
      pathPattern: '/ordersheets/acknowledgement$',
      kind: 'latency',
      ms: 2500,
      times: 1,
    });
    const queued = await ok<{ batchId: string; items: Array<{ state: string }> }>(page, 'orders.acknowledge', {
      keys: fresh.rows.map((r) => r.key),
    });
    expect(queued.items.map((i) => i.state)).toEqual(['queued', 'queued', 'queued']);
    await page.waitForTimeout(800);
    await restartServiceWorker(context, page);

    await expect
      .poll(
        async () =>
          (await ok<{ items: Array<{ state: string }> }>(page, 'outbox.list', { batchId: queued.batchId })).items.map(
            (i) => i.state,
          ),
        {
          timeout: 20_000,
        },
      )
      .toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect((await control.counters())[`coupang:${vendor.vendorId}`].byRoute[ACK]).toBe(1);
    for (const r of fresh.rows) {
      const state = await control.call<{ status: string }>('GET', `/coupang/orders/${r.shipmentId}`);
      expect(state.status).toBe('INSTRUCT');
    }
    const revealed = await ok<{ recipient: { address: string } }>(page, 'orders.reveal', { key: first.key });
    expect(revealed.recipient.address).toContain('해운대구');
  });

  test('invoices: bad rows are reported before sending, good rows ship, wrong-state rows get INVALID_STATUS', async ({
    control,
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('sidepanel.html');
    await acceptConsent(page);
    const { data } = await connectCoupang(page, control.config.coupang.vendors[0]);
    await waitForSync(page, data.account.accountKey);
    const toShip = await ok<{ rows: Array<{ key: string; shipmentId: string }> }>(page, 'orders.query', {
      tab: 'toShip',
      limit: 3,
    });
    const delivered = await ok<{ rows: Array<{ key: string; shipmentId: string }> }>(page, 'orders.query', {
      tab: 'delivered',
      limit: 1,
    });
    expect(toShip.rows.length).toBe(3);
    const [a, b, c] = toShip.rows;
    const csv = [
      'shipmentBoxId,courier,trackingNumber',
      `${a.shipmentId},CJGLS,512345678901`,
      `${b.shipmentId},롯데택배,312345678905`,
      `${b.shipmentId},롯데택배,312345678905`,
      '6.42539E+17,CJGLS,512345678902',
      `${c.shipmentId},NOPE,512345678903`,
      `${delivered.rows[0].shipmentId},CJGLS,512345678904`,
    ].join('\n');
    const v = await ok<{
      valid: Array<{ key: string; courierCode: string; trackingNumber: string }>;
      errors: Array<{ row: number; code: string }>;
    }>(page, 'invoices.validate', { text: csv });
    expect(v.valid.map((r) => r.key)).toEqual([a.key, b.key]);
    expect(v.errors.map((e) => e.code)).toEqual(
      expect.arrayContaining(['DUPLICATE_ROW', 'SCIENTIFIC_NOTATION', 'UNKNOWN_COURIER', 'ORDER_NOT_INSTRUCT']),
    );
    expect(
      await control
        .counters()
        .then(
          (x) =>
            x[`coupang:${control.config.coupang.vendors[0].vendorId}`].byRoute[
              'POST /v2/providers/openapi/apis/api/v4/vendors/{vendorId}/orders/invoices'
            ],
        ),
    ).toBeUndefined();

    const sent = await ok<{ batchId: string }>(page, 'orders.uploadInvoices', {
      items: v.valid.map((r) => ({ key: r.key, courierCode: r.courierCode, trackingNumber: r.trackingNumber })),
    });
    await expect
      .poll(async () =>
        (await ok<{ items: Array<{ state: string }> }>(page, 'outbox.list', { batchId: sent.batchId })).items.map(
          (i) => i.state,
        ),
      )
      .toEqual(['succeeded', 'succeeded']);
    expect(
      (await control.call<{ status: string; invoiceNumber: string }>('GET', `/coupang/orders/${a.shipmentId}`)).status,
    ).toBe('DEPARTURE');

    // Sending to an order already shipped: Coupang answers per item.
    const again = await ok<{ batchId: string }>(page, 'orders.uploadInvoices', {
      items: [{ key: a.key, courierCode: 'CJGLS', trackingNumber: '512345678909' }],
    });
    await expect
      .poll(async () =>
        (
          await ok<{ items: Array<{ state: string; result?: { code?: string } }> }>(page, 'outbox.list', {
            batchId: again.batchId,
          })
        ).items.map((i) => [i.state, i.result?.code]),
      )
      .toEqual([['failed', 'INVALID_STATUS']]);
  });

  test('a buyer cancel request becomes a stop-shipment the seller completes', async ({
    control,
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('sidepanel.html');
    await acceptConsent(page);
    const { data } = await connectCoupang(page, control.config.coupang.vendors[0]);
    await waitForSync(page, data.account.accountKey);
    const toShip = await ok<{ rows: Array<{ key: string; shipmentId: string }> }>(page, 'orders.query', {
      tab: 'toShip',
      limit: 1,
    });
    const target = toShip.rows[0];
    await control.call('POST', `/coupang/orders/${target.shipmentId}/cancel-request`);
    await ok(page, 'orders.sync', { accountKey: data.account.accountKey });
    await expect
      .poll(async () =>
        (
          await ok<{ rows: Array<{ key: string }> }>(page, 'orders.query', { tab: 'cancelRequested', limit: 50 })
        ).rows.map((r) => r.key),
      )
      .toContain(target.key);
    const stop = await ok<{ batchId: string }>(page, 'orders.stopShipment', { keys: [target.key] });
    await expect
      .poll(async () =>
        (
          await ok<{ items: Array<{ state: string; result?: unknown }> }>(page, 'outbox.list', {
            batchId: stop.batchId,
          })
        ).items.map((i) => (i.state === 'succeeded' ? i.state : JSON.stringify(i))),
      )
      .toEqual(['succeeded']);
    const after = await control.call<{ receipts: Array<{ receiptStatus: string }> }>(
      'GET',
      `/coupang/orders/${target.shipmentId}`,
    );
    expect(after.receipts[0].receiptStatus).not.toBe('RELEASE_STOP_UNCHECKED');
  });

  test('C13: connection diagnostics name the fix', async ({ control, openExtensionPage }) => {
    const page = await openExtensionPage('sidepanel.html');
    await acceptConsent(page);
    const [good, blockedIp] = control.config.coupang.vendors;

    const wrongSecret = await connectCoupang(page, { ...good, secretKey: `${good.secretKey.slice(0, -4)}0000` });
    expect(wrongSecret.data.verification).toMatchObject({ ok: false, error: { kind: 'invalidSignature' } });

    const ip = await connectCoupang(page, blockedIp);
    expect(ip.data.verification).toMatchObject({ ok: false, error: { kind: 'ipNotAllowed' } });
    expect(JSON.stringify(ip.data.verification)).toContain('127.0.0.1');

    await control.skewGatewayClock(10 * 60_000);
    const skewed = await connectCoupang(page, good);
    expect(skewed.data.verification).toMatchObject({ ok: false, error: { kind: 'signatureExpired' } });
    const seconds = Number((skewed.data.verification as { clockSkewSeconds?: number }).clockSkewSeconds);
    expect(Math.abs(Math.abs(seconds) - 600)).toBeLessThan(30);
    await control.skewGatewayClock(0);

    const unknown = await connectCoupang(page, { ...good, accessKey: '00000000-0000-0000-0000-000000000000' });
    expect(unknown.data.verification).toMatchObject({ ok: false, error: { kind: 'unknownAccessKey' } });

    const fixed = await connectCoupang(page, good);
    expect(fixed.data.verification.ok).toBe(true);
    const accounts = await ok<{ accounts: Array<{ accountKey: string; status: string; maskedKey: string }> }>(
      page,
      'connections.list',
      {},
    );
    // Issue 12, bug 7: none of the failed first connects was saved.
    expect(accounts.accounts.map((a) => a.accountKey)).toEqual([`coupang:${good.vendorId}`]);
    const stored = accounts.accounts.find((a) => a.accountKey === `coupang:${good.vendorId}`)!;
    expect(stored.status).toBe('ok');
    expect(stored.maskedKey).not.toContain(good.accessKey);
    expect(JSON.stringify(accounts)).not.toContain(good.secretKey);

    // New keys that fail their check do not replace a connected vendor's working keys.
    const replaced = await connectCoupang(page, { ...good, secretKey: `${good.secretKey.slice(0, -4)}0000` });
    expect(replaced.data.verification).toMatchObject({ ok: false, error: { kind: 'invalidSignature' } });
    const verified = await ok<{ verification: { ok: boolean } }>(page, 'connections.verify', {
      accountKey: `coupang:${good.vendorId}`,
    });
    expect(verified.verification.ok).toBe(true);
  });
});
