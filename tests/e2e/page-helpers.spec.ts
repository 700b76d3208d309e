import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import type { SandboxConfig } from '../../sandbox/config';
import { calculateLandedCost } from '../../utils/calculator/landed-cost';
import { tiersOf } from '../../utils/calculator/offer-tiers';
import type { OfferViewWire } from '../../utils/protocol/messages/alibaba';
import { test as base, expect, isConfiguredOrigin, type SeenRequest } from './fixtures';
import type { SandboxControl } from './support/control';
import { clickToggle, helperFrame, shellState } from './support/helper-panel';
import { openWatchingWorlds } from './support/isolated-world';
import { connectCoupang, ok, waitForSync } from './support/messages';
import { connectThroughOptions, openOptions, reset1688, sendFrom } from './support/relay';

/**
 * Issues 7 and 18: helper panels on the sandbox's seller pages. Each panel is a closed shadow root
 * (title, collapse toggle) around the helper frame, an extension page with the API data, the inputs
 * and the buttons; the host page cannot reach into either (no shadowRoot, no typing with
 * execCommand, no synthetic events, no data); the page's password, cookies and storage stay as they
 * were; SPA navigations swap panels; a disabled helper does not mount; markup in marketplace data
 * renders as text. Accounts are connected through the real flows (Coupang keys by message, 1688
 * through the OAuth window).
 */

/**
 * The suite's request check (compliance C3), except for the images the sandbox's 1688 pages
 * themselves load from the 1688 CDN: those are the host page's own requests, not the extension's.
 */
const test = base.extend({
  // Still automatic: the override keeps the base fixture's options.
  networkLog: async ({ context, sandbox }, use) => {
    const seen: SeenRequest[] = [];
    context.on('request', (r) => {
      if (!r.serviceWorker() && r.resourceType() === 'image' && new URL(r.url()).hostname.endsWith('.alicdn.com'))
        return;
      seen.push({ url: r.url(), from: r.serviceWorker() ? 'service-worker' : r.frame().url() || 'page' });
    });
    await use(seen);
    expect(seen.filter((r) => !isConfiguredOrigin(r.url, sandbox.config))).toEqual([]);
  },
});

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"&<b>bold</b>';

type Facts = SandboxConfig;

async function freshSandbox(control: SandboxControl, orders = 8): Promise<Facts> {
  const r = (await reset1688(control, orders)) as { config: Facts };
  return r.config;
}

/** Consent, then a 1688 member through the options form and the 1688 authorization window. */
async function connect1688(context: BrowserContext, options: Page, config: Facts, memberId: string, sync = false) {
  await connectThroughOptions(context, options, config, { memberId });
  await expect(
    options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${memberId}"]`),
  ).toHaveAttribute('data-status', 'ok', { timeout: 20_000 });
  if (sync) {
    await ok(options, 'orders.sync', { accountKey: `alibaba:${memberId}` });
    const s = await waitForSync(options, `alibaba:${memberId}`);
    expect(s.phase).not.toBe('failed');
  }
}

async function connectAndSyncCoupang(options: Page, config: Facts) {
  const vendor = config.coupang.vendors[0];
  const r = await connectCoupang(options, vendor);
  expect(r.data?.verification.ok, JSON.stringify(r)).toBe(true);
  const key = `coupang:${vendor.vendorId}`;
  await ok(options, 'orders.sync', { accountKey: key });
  const s = await waitForSync(options, key);
  expect(s.phase).not.toBe('failed');
  return key;
}

/** Records background events (ui.navigate …) on an extension page. */
async function recordEvents(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __events: unknown[] };
    w.__events = [];
    const port = chrome.runtime.connect({ name: 'crossdock-events' });
    port.onMessage.addListener((m) => w.__events.push(m));
  });
  return {
    navigations: () =>
      page.evaluate(() =>
        ((window as unknown as { __events: Array<{ type: string; payload: { view: unknown } }> }).__events ?? [])
          .filter((e) => e.type === 'ui.navigate')
          .map((e) => e.payload.view),
      ),
  };
}

const sidePanels = (sw: Worker) =>
  sw.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length,
  );

/** Everything of the host page a content script must leave alone, read by the page itself. */
function hostState(page: Page) {
  return page.evaluate(() => ({
    password: (document.getElementById('password') as HTMLInputElement).value,
    username: (document.getElementById('username') as HTMLInputElement).value,
    cookie: document.cookie.split('; ').sort(),
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)])),
    lang: document.documentElement.lang,
    title: document.title,
    xss: (window as unknown as { __xss?: number }).__xss,
  }));
}

/** What a page script sees of the panel: a host element whose shadow root it cannot open, and no text. */
function panelAsPageSees(page: Page) {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('crossdock-helper')];
    return {
      hosts: hosts.length,
      shadowRoots: hosts.map((h) => (h.shadowRoot === null ? 'closed' : 'open')),
      text: hosts.map((h) => h.textContent).join(''),
      /** Frames a page script could get hold of (the helper frame is not one of them). */
      frames: window.length,
      /** The panel lives only in the shadow root, never in the page's own DOM. */
      inLightDom: !!document.querySelector('[data-testid="crossdock-panel"], [data-testid="offer-helper"], iframe'),
    };
  });
}

/** Markup from marketplace data must stay text in the frame: no element of it, no script run. */
async function frameInjected(frame: Frame) {
  return {
    elements: await frame.locator('[data-testid="helper-frame-body"] :is(img, script, b)').count(),
    xss: await frame.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  };
}

/**
 * The host page's own script in issue 18, from before anything of Crossdock runs: it hooks
 * attachShadow, opens every panel's shadowRoot, focuses, clicks and sends key/input events at
 * whatever of the panel it finds, types with `execCommand('insertText')` into whatever has focus
 * (at once when the seller focuses anything, and every tick), and posts to any frame it can see.
 * It does not run inside the extension's own frame (a page script cannot).
 */
const PAGE_ATTACK = () => {
  if (location.protocol === 'chrome-extension:') return;
  const log = { rounds: 0, hooked: [] as string[], shadowRoots: [] as string[], typed: 0, hosts: 0 };
  (window as unknown as { __attack: typeof log }).__attack = log;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    log.hooked.push(this.tagName);
    return attach.call(this, init);
  };
  const typeInto = (text: string) => {
    if (document.execCommand('insertText', false, text)) log.typed++;
  };
  document.addEventListener('focusin', () => typeInto('0.5'), true);
  setInterval(() => {
    const hosts = [...document.querySelectorAll('crossdock-helper')] as HTMLElement[];
    log.hosts = Math.max(log.hosts, hosts.length);
    for (const host of hosts) {
      log.shadowRoots.push(host.shadowRoot === null ? 'closed' : 'open');
      const targets = [host, ...(host.shadowRoot ? [...host.shadowRoot.querySelectorAll('*')] : [])] as HTMLElement[];
      for (const t of targets) {
        t.focus();
        typeInto('4321');
        for (const type of ['keydown', 'keypress', 'keyup'])
          t.dispatchEvent(new KeyboardEvent(type, { key: '4', code: 'Digit4', bubbles: true, composed: true }));
        t.dispatchEvent(
          new InputEvent('input', { data: '4321', inputType: 'insertText', bubbles: true, composed: true }),
        );
        t.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        t.click();
      }
    }
    typeInto('0.5');
    for (let i = 0; i < window.length; i++) window[i].postMessage({ type: 'helper.sourcing.add' }, '*');
    window.postMessage({ crossdockFrameHeight: 1e9 }, '*');
    log.rounds++;
  }, 20);
};

/** Waits until the page's script has had `rounds` more tries at the panel; returns what it saw. */
async function attackRounds(page: Page, rounds: number) {
  const target =
    (await page.evaluate(() => (window as unknown as { __attack: { rounds: number } }).__attack.rounds)) + rounds;
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __attack: { rounds: number } }).__attack.rounds))
    .toBeGreaterThanOrEqual(target);
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __attack: { hooked: string[]; shadowRoots: string[]; typed: number; hosts: number };
        }
      ).__attack,
  );
}

test.describe('page helpers', () => {
  test('1688 offer page: API summary, calculator with persisted settings, sourcing list; titles render as text', async ({
    context,
    control,
    openExtensionPage,
    serviceWorker,
  }) => {
    const config = await freshSandbox(control);
    const offerId = config.alibaba.samples.ownOfferId;
    await control.call('PATCH', `/alibaba/offers/${offerId}`, { subject: XSS });
    const options = await openOptions(openExtensionPage);
    await connect1688(context, options, config, config.alibaba.samples.sellerMemberId);

    const page = await context.newPage();
    await page.goto(config.pages.offerUrl);
    let frame = await helperFrame(page);
    await expect(frame.getByTestId('offer-helper')).toBeVisible();
    await expect(frame.getByTestId('offer-title')).toHaveText(XSS);
    await expect(frame.getByTestId('offer-source')).toContainText('Your offer');
    await expect(frame.getByTestId('offer-supplier')).not.toBeEmpty();
    await expect(frame.getByTestId('offer-ship-from')).not.toBeEmpty();
    await expect(frame.getByTestId('offer-min-order')).not.toBeEmpty();
    expect(await frameInjected(frame)).toEqual({ elements: 0, xss: undefined });
    expect(await panelAsPageSees(page)).toEqual({
      hosts: 1,
      shadowRoots: ['closed'],
      text: '',
      frames: 0,
      inLightDom: false,
    });
    expect((await hostState(page)).xss).toBeUndefined();

    // The calculator: the seller's numbers in, the same figures as utils/calculator out.
    const api = await sendFrom<{ offer: OfferViewWire }>(options, 'offers.get', { offerId });
    const tiers = tiersOf(api.data!.offer);
    expect(tiers.length).toBeGreaterThan(0);
    const quantity = Math.max(api.data!.offer.minOrderQty, ...tiers.map((t) => t.minQty)) + 10;
    await expect(frame.getByTestId('calc-rate-missing')).toBeVisible();
    await frame.getByTestId('calc-quantity').fill(String(quantity));
    await frame.getByTestId('calc-rate').fill('191.25');
    await frame.getByTestId('calc-rate-date').fill('2025-03-10');
    await frame.getByTestId('calc-shipping-per-kg').fill('7000');
    await frame.getByTestId('calc-unit-weight').fill('0.35');
    await frame.getByTestId('calc-category').selectOption('fashion');
    await expect(frame.getByTestId('calc-commission')).toHaveValue('10.5');
    await frame.getByTestId('calc-sale-price').fill('15900');
    const expected = calculateLandedCost({
      tiers,
      quantity,
      krwPerCny: 191.25,
      shipping: { mode: 'perKg', perKgKrw: 7000, unitWeightKg: 0.35 },
      dutyPercent: 8,
      vatPercent: 10,
      commissionPercent: 10.5,
      coupangShippingFeeKrw: 3000,
      salePriceKrw: 15900,
    });
    await expect(frame.getByTestId('calc-landed')).toHaveAttribute('data-value', String(expected.landedKrw));
    await expect(frame.getByTestId('calc-margin')).toHaveAttribute('data-value', String(expected.marginKrw));
    await expect(frame.getByTestId('calc-break-even')).toHaveAttribute('data-value', String(expected.breakEvenKrw));
    await expect(frame.getByTestId('calc-margin-percent')).toHaveText(`${expected.marginPercent!.toFixed(1)}%`);
    // The margin counts Coupang's VAT on its fees, shown on its own line (issue 16).
    expect(expected.commissionVatKrw).toBeGreaterThan(0);
    await expect(frame.getByTestId('calc-commission-vat')).toHaveAttribute(
      'data-value',
      String(expected.commissionVatKrw),
    );

    // Settings persist (through the background); the offer's numbers go to the sourcing list.
    await frame.getByTestId('calc-save').click();
    await expect(frame.getByTestId('calc-saved')).toBeVisible();
    await frame.getByTestId('sourcing-add').click();
    await expect(frame.getByTestId('sourcing-saved')).toContainText('1');
    await page.reload();
    frame = await helperFrame(page);
    await expect(frame.getByTestId('calc-rate')).toHaveValue('191.25');
    await expect(frame.getByTestId('calc-rate-date')).toHaveValue('2025-03-10');
    await expect(frame.getByTestId('calc-commission')).toHaveValue('10.5');
    await expect(frame.getByTestId('calc-quantity')).toHaveValue(String(quantity));
    await expect(frame.getByTestId('sourcing-add')).toHaveText('Update in sourcing list');

    const stored = await serviceWorker.evaluate(() => chrome.storage.local.get(['sourcingList', 'calculatorSettings']));
    const list = stored.sourcingList as Array<Record<string, unknown>>;
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0]).sort()).toEqual(['addedAt', 'inputs', 'offerId', 'settings', 'updatedAt']);
    expect(list[0]).toMatchObject({ offerId, inputs: { quantity, unitWeightKg: 0.35, salePriceKrw: 15900 } });
    // No page or offer content (title, prices, images) is kept in storage (C16).
    const all = JSON.stringify(await serviceWorker.evaluate(() => chrome.storage.local.get(null)));
    expect(all).not.toContain('window.__xss');
    expect(stored.calculatorSettings).toMatchObject({
      rate: { krwPerCny: 191.25, date: '2025-03-10' },
      category: 'fashion',
    });
  });

  test('1688 order pages: seller and buyer view, logistics, masked recipient, markup as text; open in side panel', async ({
    context,
    control,
    openExtensionPage,
    serviceWorker,
  }) => {
    const config = await freshSandbox(control);
    const { sellerOrderId, buyerOrderId, sellerMemberId, buyerMemberId } = config.alibaba.samples;
    await control.call('PATCH', `/alibaba/orders/${sellerOrderId}`, { items: [{ name: XSS }], buyerMemo: XSS });
    const raw = await control.call<{ receiver: { fullName: string; mobile: string; address: string } }>(
      'GET',
      `/alibaba/orders/${sellerOrderId}`,
    );
    const options = await openOptions(openExtensionPage);
    await connect1688(context, options, config, sellerMemberId, true);
    await connect1688(context, options, config, buyerMemberId, true);
    const events = await recordEvents(options);

    const page = await context.newPage();
    await page.goto(config.pages.tradeOrderUrl);
    let frame = await helperFrame(page);
    const helper = frame.getByTestId('order-helper');
    await expect(helper).toBeVisible();
    await expect(helper).toHaveAttribute('data-role', 'seller');
    await expect(helper.getByTestId('helper-order-status')).not.toBeEmpty();
    await expect(helper.getByTestId('helper-order-total')).not.toBeEmpty();
    await expect(helper.getByTestId('order-line').first().locator('.cd-line-name')).toHaveText(XSS);
    await expect(helper.getByTestId('order-logistics')).toBeVisible();
    expect(await frameInjected(frame)).toEqual({ elements: 0, xss: undefined });
    const shown = (await frame.locator('body').textContent()) ?? '';
    for (const pii of [raw.receiver.fullName, raw.receiver.mobile, raw.receiver.address])
      expect(shown).not.toContain(pii);
    expect(await panelAsPageSees(page)).toMatchObject({ shadowRoots: ['closed'], text: '', frames: 0 });
    expect((await hostState(page)).xss).toBeUndefined();

    // A real click opens the side panel at this order (the action itself is confirmed there).
    await frame.getByTestId('helper-open-sidepanel').click();
    await expect.poll(() => sidePanels(serviceWorker)).toBe(1);
    await expect
      .poll(() => events.navigations())
      .toContainEqual({ orderKey: `alibaba:${sellerMemberId}:${sellerOrderId}` });

    // The buyer's purchase order: the buyer view.
    await page.goto(config.pages.buyerTradeOrderUrl);
    frame = await helperFrame(page, `id.orderId=${buyerOrderId}`);
    await expect(frame.getByTestId('order-helper')).toHaveAttribute('data-role', 'buyer');
    await expect(frame.getByTestId('order-helper')).toHaveAttribute(
      'data-order-key',
      `alibaba:${buyerMemberId}:${buyerOrderId}`,
    );
    await expect(frame.getByTestId('order-shipment').first()).toBeVisible();

    // The workbench's order route shows the same order (SPA page, same helper).
    await page.goto(config.pages.workbenchOrderUrl);
    frame = await helperFrame(page, `id.orderId=${sellerOrderId}`);
    await expect(frame.getByTestId('order-helper')).toHaveAttribute('data-role', 'seller');
  });

  test("Coupang Wing: today's work, the order's next step, buttons open the side panel; markup as text", async ({
    context,
    control,
    openExtensionPage,
    serviceWorker,
  }) => {
    const config = await freshSandbox(control);
    const box = config.coupang.samples.shipmentBoxId;
    await control.call('PATCH', `/coupang/orders/${box}`, { productName: XSS });
    const options = await openOptions(openExtensionPage);
    const vendorKey = await connectAndSyncCoupang(options, config);
    const { counts } = await ok<{ counts: Record<string, number> }>(options, 'orders.query', { tab: 'all', limit: 1 });
    const events = await recordEvents(options);

    const page = await context.newPage();
    await page.goto(config.pages.wingHomeUrl);
    let frame = await helperFrame(page);
    await expect(frame.getByTestId('wing-helper')).toBeVisible();
    await expect(frame.getByTestId('wing-count-toAcknowledge')).toHaveAttribute('data-count', String(counts.new));
    await expect(frame.getByTestId('wing-count-toShip')).toHaveAttribute('data-count', String(counts.toShip));
    await expect(frame.getByTestId('wing-count-cancelRequests')).toHaveAttribute(
      'data-count',
      String(counts.cancelRequested),
    );
    await expect(frame.getByTestId('wing-order')).toHaveCount(0);

    // SPA: to the order list, then the order — the panel follows without a reload.
    await page.getByTestId('wing-nav-orders').click();
    await expect(page).toHaveURL(/delivery\/management$/);
    await page.getByTestId(`wing-order-link-${box}`).click();
    frame = await helperFrame(page, `id.shipmentBoxId=${box}`);
    const order = frame.getByTestId('wing-order');
    await expect(order).toBeVisible();
    await expect(order).toHaveAttribute('data-order-key', `${vendorKey}:${box}`);
    await expect(order).toHaveAttribute('data-next-step', 'acknowledge');
    await expect(frame.getByTestId('wing-next-step')).toHaveText('Next: acknowledge the order');
    await expect(frame.getByTestId('wing-order-product')).toContainText(XSS);
    expect(await frameInjected(frame)).toEqual({ elements: 0, xss: undefined });
    expect((await hostState(page)).xss).toBeUndefined();
    const rawOrder = await control.call<{ receiver: { name: string; safeNumber: string; addr1: string } }>(
      'GET',
      `/coupang/orders/${box}`,
    );
    const text = (await frame.locator('body').textContent()) ?? '';
    for (const pii of [rawOrder.receiver.name, rawOrder.receiver.safeNumber, rawOrder.receiver.addr1])
      expect(text).not.toContain(pii);
    expect(await panelAsPageSees(page)).toMatchObject({ shadowRoots: ['closed'], text: '' });

    await frame.getByTestId('wing-open-order').click();
    await expect.poll(() => sidePanels(serviceWorker)).toBe(1);
    await expect.poll(() => events.navigations()).toContainEqual({ orderKey: `${vendorKey}:${box}` });

    // Back to the list: the order section goes away.
    await page.getByTestId('wing-back-to-list').click();
    await expect.poll(async () => (await helperFrame(page)).url()).not.toContain('id.shipmentBoxId');
    frame = await helperFrame(page);
    await expect(frame.getByTestId('wing-helper')).toBeVisible();
    await expect(frame.getByTestId('wing-order')).toHaveCount(0);

    // A count opens the side panel at its tab. (In a tab of its own: with the side panel open, the
    // headless window is narrower than the emulated page, and input to the panel's corner misses.)
    const other = await context.newPage();
    await other.goto(config.pages.wingHomeUrl);
    await (await helperFrame(other)).getByTestId('wing-open-toAcknowledge').click();
    await expect.poll(() => events.navigations()).toContainEqual({ tab: 'new' });
  });

  test('Coupang Wing: unanswered inquiries are counted after a sync; their text is cached only encrypted', async ({
    context,
    control,
    openExtensionPage,
  }) => {
    const config = await freshSandbox(control);
    const options = await openOptions(openExtensionPage);
    const vendorKey = await connectAndSyncCoupang(options, config);
    const page = await context.newPage();
    await page.goto(config.pages.wingHomeUrl);
    const count = (await helperFrame(page)).getByTestId('wing-count-inquiries');
    await expect(count).toBeVisible();
    const before = Number(await count.getAttribute('data-count'));

    const vendorId = config.coupang.vendors[0].vendorId;
    for (const kind of ['online', 'online', 'callCenter']) {
      await control.call('POST', '/coupang/inquiries', { vendorId, kind, content: '배송 언제 되나요? 010-1234-5678' });
    }
    await ok(options, 'orders.sync', { accountKey: vendorKey });
    await waitForSync(options, vendorKey);
    await page.reload();
    await expect((await helperFrame(page)).getByTestId('wing-count-inquiries')).toHaveAttribute(
      'data-count',
      String(before + 3),
    );
    // The inquiry text (with its phone number) is in the cache only encrypted (issue 14: the
    // inquiries area shows it); the counts the helper reads carry no text at all.
    const cached = await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('crossdock');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const rows = await new Promise<unknown[]>((resolve) => {
        const q = db.transaction('cache').objectStore('cache').getAll();
        q.onsuccess = () => resolve(q.result);
      });
      db.close();
      const text = (r: unknown) =>
        JSON.stringify(r, (_k, v) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? '[bytes]' : v));
      return {
        summary: text(rows.filter((r) => (r as { kind: string }).kind === 'inquirySummary')),
        inquiries: rows.filter((r) => (r as { kind: string }).kind === 'coupang.inquiry').length,
        all: text(rows),
      };
    });
    expect(cached.summary).toContain('"online"');
    expect(cached.inquiries).toBeGreaterThan(0);
    expect(cached.all).not.toContain('010-1234-5678');
    expect(cached.all).not.toContain('배송 언제');
  });

  test('workbench SPA: panels mount, change helper and go away as the route changes', async ({ context, control }) => {
    const config = await freshSandbox(control);
    const page = await context.newPage();
    await page.goto(config.pages.workbenchUrl);
    const helper = async () => (await shellState(page)).helper;
    await expect.poll(helper).toBe('order-1688');
    await expect((await helperFrame(page, 'helper=order-1688')).getByTestId('order-helper-list')).toBeVisible();
    // An order route: same helper, now about that order (no consent yet → it says so).
    const orderId = config.alibaba.samples.sellerOrderId;
    await page.getByTestId(`wb-order-link-${orderId}`).click();
    const orderFrame = await helperFrame(page, `id.orderId=${orderId}`);
    await expect(orderFrame.getByTestId('helper-notice')).toHaveAttribute('data-code', 'consent_required');
    await expect(orderFrame.getByTestId('order-helper-list')).toHaveCount(0);
    // The offer route: the offer helper replaces the order helper.
    await page.getByTestId('wb-nav-offer').click();
    await expect.poll(helper).toBe('offer-1688');
    await helperFrame(page, 'helper=offer-1688');
    await expect(page.locator('crossdock-helper')).toHaveCount(1);
    // A route no helper serves: the panel is removed.
    await page.evaluate(() => history.pushState({}, '', '/?_path_=sellerPro/2017sellerbase_setting/profile'));
    await expect(page.locator('crossdock-helper')).toHaveCount(0);
    // Back: it comes back.
    await page.goBack();
    await expect.poll(helper).toBe('offer-1688');
  });

  test('a page script cannot open, type into, click or message any helper panel; the seller still can', async ({
    context,
    control,
    openExtensionPage,
    serviceWorker,
    extensionId,
  }) => {
    test.slow(); // two marketplaces connected and synced, three pages under attack
    const config = await freshSandbox(control);
    const options = await openOptions(openExtensionPage);
    await connectAndSyncCoupang(options, config);
    await connect1688(context, options, config, config.alibaba.samples.sellerMemberId, true);
    const events = await recordEvents(options);
    const before = {
      counters: await control.counters(),
      outbox: await ok(options, 'outbox.list', {}),
      settings: await ok<{ collapsedSites: string[] }>(options, 'settings.get', {}),
    };

    // Every helper, each page with the attacking script from its first line.
    const helpers: Array<[string, string, string]> = [
      ['offer-1688', config.pages.offerUrl, 'calculator'],
      ['order-1688', config.pages.tradeOrderUrl, 'order-helper'],
      ['wing-coupang', config.pages.wingOrderUrl, 'wing-order'],
    ];
    const pages: Record<string, Page> = {};
    for (const [id, url, shows] of helpers) {
      const page = await context.newPage();
      await page.addInitScript(PAGE_ATTACK);
      await page.goto(url);
      await expect((await helperFrame(page)).getByTestId(shows)).toBeVisible();
      const seen = await attackRounds(page, 25);
      expect(seen.hosts, id).toBe(1);
      // shadowRoot is null every time, and hooking attachShadow caught nothing (the content script's world is its own).
      expect(new Set(seen.shadowRoots), id).toEqual(new Set(['closed']));
      expect(seen.hooked, id).toEqual([]);
      expect(seen.typed, id).toBe(0);
      expect(await panelAsPageSees(page), id).toMatchObject({ text: '', frames: 0, inLightDom: false });
      // The panel is still open: the synthetic clicks on the host did not toggle it.
      expect(await shellState(page), id).toMatchObject({ expanded: 'true', bodyHidden: false });
      pages[id] = page;
    }

    // On the offer page the seller focuses the duty field and the quantity field, as in issue 18:
    // the page types at once (focusin) and on every tick, and reaches neither.
    const offer = pages['offer-1688'];
    const frame = await helperFrame(offer);
    for (const field of ['calc-duty', 'calc-quantity']) {
      await frame.getByTestId(field).click();
      await attackRounds(offer, 10);
    }
    await expect(frame.getByTestId('calc-duty')).toHaveValue('8');
    await expect(frame.getByTestId('calc-quantity')).not.toHaveValue(/4321|0\.5/);

    // A page may embed the helper frame itself (it is web-accessible on these hosts), naming another
    // offer or an order: the frame's URL is not believed, the tab's URL decides.
    const other = config.alibaba.samples.otherOfferId;
    await offer.evaluate(
      ([id, offerId, orderId]) => {
        for (const q of [`helper=offer-1688&id.offerId=${offerId}`, `helper=order-1688&id.orderId=${orderId}`]) {
          const f = document.createElement('iframe');
          f.src = `chrome-extension://${id}/helper-frame.html?${q}`;
          document.body.append(f);
        }
      },
      [extensionId, other, config.alibaba.samples.sellerOrderId] as const,
    );
    for (const match of [`id.offerId=${other}`, 'helper=order-1688']) {
      const embedded = await helperFrame(offer, match);
      await expect(embedded.getByTestId('helper-notice'), match).toHaveAttribute('data-code', 'forbidden');
      await expect(embedded.getByTestId('offer-helper')).toHaveCount(0);
      await expect(embedded.getByTestId('order-helper')).toHaveCount(0);
    }

    // Nothing stored, nothing started.
    const stored = await serviceWorker.evaluate(() => chrome.storage.local.get(['sourcingList', 'calculatorSettings']));
    expect(stored).toEqual({});
    expect(await sidePanels(serviceWorker)).toBe(0);
    expect(await events.navigations()).toEqual([]);
    expect(context.pages().filter((p) => p.url().includes('options.html'))).toHaveLength(1);
    expect(await ok(options, 'outbox.list', {})).toEqual(before.outbox);
    expect(await ok(options, 'settings.get', {})).toMatchObject({ collapsedSites: before.settings.collapsedSites });
    const after = await control.counters();
    for (const [k, v] of Object.entries(after)) {
      const b = before.counters[k] as unknown as { byRoute?: Record<string, number> } | undefined;
      // No write route was called (acknowledge, invoice, stop shipment, purchase order).
      for (const route of Object.keys((v as unknown as { byRoute: Record<string, number> }).byRoute ?? {})) {
        if (/acknowledg|invoice|stop|order\.create|createOrder|fastCreate/i.test(route)) {
          expect((v as unknown as { byRoute: Record<string, number> }).byRoute[route], `${k} ${route}`).toBe(
            b?.byRoute?.[route] ?? 0,
          );
        }
      }
    }

    // The seller's own typing and clicks still work, with the page's script still running.
    await frame.getByTestId('calc-rate').click();
    await offer.keyboard.type('191.25');
    await frame.getByTestId('calc-rate-date').fill('2025-03-10');
    await frame.getByTestId('calc-duty').fill('6.5');
    await frame.getByTestId('calc-quantity').fill('250');
    await frame.getByTestId('calc-save').click();
    await expect(frame.getByTestId('calc-saved')).toBeVisible();
    await frame.getByTestId('sourcing-add').click();
    await expect(frame.getByTestId('sourcing-saved')).toContainText('1');
    const saved = await serviceWorker.evaluate(() => chrome.storage.local.get(['sourcingList', 'calculatorSettings']));
    expect(saved.calculatorSettings).toMatchObject({ dutyPercent: 6.5, rate: { krwPerCny: 191.25 } });
    expect(saved.sourcingList).toMatchObject([{ inputs: { quantity: 250 } }]);

    const wing = pages['wing-coupang'];
    await clickToggle(wing);
    await expect.poll(async () => (await shellState(wing)).bodyHidden).toBe(true);
    await expect
      .poll(async () => (await ok<{ collapsedSites: string[] }>(options, 'settings.get', {})).collapsedSites)
      .toEqual(['wing.coupang.com']);
    await wing.reload();
    await expect.poll(async () => (await shellState(wing)).expanded).toBe('false');
    // Collapsed, the panel has not even loaded the helper frame.
    expect((await shellState(wing)).frames).toBe(0);
    // Collapsed per site: the 1688 page is still open.
    await offer.reload();
    await expect.poll(async () => (await shellState(offer)).expanded).toBe('true');
  });

  test("the host page's password, cookies, storage and markup are untouched, and no request carries them for us", async ({
    context,
    control,
    openExtensionPage,
  }) => {
    const config = await freshSandbox(control);
    const options = await openOptions(openExtensionPage);
    await connectAndSyncCoupang(options, config);
    await connect1688(context, options, config, config.alibaba.samples.sellerMemberId, true);
    await control.call('DELETE', '/pages/requests');
    const pageHostRequests: Array<{ url: string; type: string }> = [];
    context.on('request', (r) => {
      if (new URL(r.url()).hostname.endsWith('.localhost'))
        pageHostRequests.push({ url: r.url(), type: r.resourceType() });
    });
    const s = config.pages.secrets;
    const visited = [
      config.pages.offerUrl,
      config.pages.tradeOrderUrl,
      config.pages.workbenchOrderUrl,
      config.pages.wingOrderUrl,
    ];
    for (const url of visited) {
      const page = await context.newPage();
      await page.goto(url);
      await expect.poll(async () => (await shellState(page)).mounted).toBe(1);
      const frame = await helperFrame(page);
      await expect(frame.getByTestId('helper-frame-body')).toBeVisible();
      await expect(frame.getByTestId('helper-loading')).toHaveCount(0);
      const state = await hostState(page);
      expect(state.password).toBe(s.password);
      expect(state.username).toBe(s.username);
      expect(state.cookie).toEqual(
        [`${s.cookie.name}=${s.cookie.value}`, `${s.scriptCookie.name}=${s.scriptCookie.value}`].sort(),
      );
      expect(state.local).toEqual({ [s.localStorage.key]: s.localStorage.value });
      expect(state.session).toEqual({ [s.sessionStorage.key]: s.sessionStorage.value });
      expect(state.lang).toBe(url.includes('wing.') ? 'ko' : 'zh-CN');
      const cookies = await context.cookies(url);
      expect(cookies.find((c) => c.name === s.httpOnlyCookie.name)?.value).toBe(s.httpOnlyCookie.value);
      await page.close();
    }
    // Every request the page server saw is one of our navigations (or the browser's favicon):
    // the extension made no request of its own to the page hosts, so none carried their cookies.
    const requests = await control.call<Array<{ host: string; path: string; fragment: boolean; method: string }>>(
      'GET',
      '/pages/requests',
    );
    const navigations = new Set(visited.map((u) => new URL(u).pathname + new URL(u).search));
    const pageOwn = (p: string) => p === '/favicon.ico' || /\.(jpe?g|png|gif|webp|svg)$/.test(p); // the page's own images
    const extra = requests.filter(
      (r) => !(navigations.has(r.path) && r.method === 'GET' && !r.fragment) && !pageOwn(r.path),
    );
    expect(extra).toEqual([]);
    // And in the browser: nothing but documents and the pages' images went to the page hosts.
    expect(pageHostRequests.filter((r) => !['document', 'image'].includes(r.type))).toEqual([]);
  });

  test('a helper switched off in options does not mount; the others still do', async ({
    context,
    control,
    openExtensionPage,
  }) => {
    const config = await freshSandbox(control);
    const options = await openOptions(openExtensionPage);
    const box = options.getByTestId('helper-enabled-offer-1688');
    await expect(box).toBeChecked();
    await box.uncheck();
    await expect
      .poll(async () => (await ok<{ disabledHelpers: string[] }>(options, 'settings.get', {})).disabledHelpers)
      .toEqual(['offer-1688']);
    const page = await context.newPage();
    await page.goto(config.pages.offerUrl);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await page.locator('crossdock-helper').count()).toBe(0);
    await page.goto(config.pages.wingHomeUrl);
    await expect.poll(async () => (await shellState(page)).helper).toBe('wing-coupang');
    // Workbench SPA: the offer route stays empty while the order routes mount.
    await page.goto(config.pages.workbenchUrl);
    await expect.poll(async () => (await shellState(page)).helper).toBe('order-1688');
    await page.getByTestId('wb-nav-offer').click();
    await expect(page.locator('crossdock-helper')).toHaveCount(0);
    await options.getByTestId('helper-enabled-offer-1688').check();
    await page.goto(config.pages.offerUrl);
    await expect.poll(async () => (await shellState(page)).helper).toBe('offer-1688');
  });

  test('not connected, no consent: a short message and a way to settings; unmatched pages get no content script', async ({
    context,
    control,
    openExtensionPage,
  }) => {
    const config = await freshSandbox(control);
    const page = await context.newPage();
    await page.goto(config.pages.wingHomeUrl);
    const home = await helperFrame(page);
    await expect(home.getByTestId('helper-notice')).toHaveAttribute('data-code', 'consent_required');
    const before = context.pages().length;
    await home.getByTestId('helper-open-options').click();
    await expect.poll(() => context.pages().some((p) => p.url().endsWith('/options.html'))).toBe(true);
    // The URLs, not a count: a failure then names the page that was not expected.
    expect(context.pages().map((p) => p.url())).toHaveLength(before + 1);

    const options = await openOptions(openExtensionPage);
    await page.goto(config.pages.offerUrl);
    const offer = await helperFrame(page, 'helper=offer-1688');
    await expect(offer.getByTestId('helper-notice')).toHaveAttribute('data-code', 'not_connected');
    await expect(offer.getByTestId('helper-notice')).toContainText('Connect a 1688 member');
    // Nothing in the panel claims a connection that does not exist (issue 12, bug 9).
    await expect(offer.getByTestId('helper-frame-body')).not.toContainText(/connected to crossdock/i);
    await page.goto(config.pages.wingOrderUrl);
    const wing = await helperFrame(page, 'helper=wing-coupang');
    await expect(wing.getByTestId('helper-notice')).toHaveAttribute('data-code', 'not_connected');
    await expect(wing.getByTestId('helper-open-options')).toBeVisible();
    const r = await connectCoupang(options, config.coupang.vendors[0]);
    expect(r.ok).toBe(true);
    // Connected, but Wing names an order Crossdock has not synced: it says so.
    const unknown = new URL(config.pages.wingOrderUrl);
    unknown.searchParams.set('orderId', '1');
    unknown.searchParams.set('shipmentBoxId', '2');
    await page.goto(unknown.href);
    const named = await helperFrame(page, 'id.shipmentBoxId=2');
    await expect(named.getByTestId('wing-helper')).toBeVisible();
    await expect(named.getByTestId('wing-order-not-cached')).toBeVisible();

    for (const url of [config.pages.unmatchedMarketplaceUrl, config.pages.nonMarketplaceUrl]) {
      const other = await openWatchingWorlds(context, url);
      await other.page.waitForTimeout(500);
      expect(await other.page.locator('crossdock-helper').count()).toBe(0);
      expect(other.worlds()).toBe(0);
    }
  });
});
