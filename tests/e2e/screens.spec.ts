import type { Frame, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import type { SandboxControl } from './support/control';
import { fitProblems } from './support/fit';
import { helperFrame } from './support/helper-panel';
import { connectCoupang, ok, waitForSync } from './support/messages';
import { connectThroughOptions, openOptions, reset1688 } from './support/relay';

/**
 * Issue 12, fit and finish: every screen a seller sees, in Korean, at the side panel's real widths
 * (400 px, and 360 and 420), light and dark, saved as screenshots under the test's output folder
 * (`<screen>-<width>-<scheme>.png`) — and a check that fails when anything is wider than the
 * panel or a Korean word breaks mid-word (support/fit.ts). One browser, set up once: a Coupang
 * vendor and two 1688 members (seller, buyer) connected and synced against the sandbox.
 */

type Scheme = 'light' | 'dark';
const WIDTHS = [400, 360, 420] as const;
const HEIGHT = 760;
const POPUP_WIDTH = 380;

// The set-up syncs two marketplaces; the screens are some 70 screenshots, on a shared 2-core machine.
test.setTimeout(900_000);

interface Shots {
  /** Saves a screenshot of what the page shows now and records what does not fit. */
  take(target: Page, name: string, fit?: Page | Frame): Promise<void>;
  problems: string[];
}

function shots(testInfo: TestInfo, width: number, scheme: Scheme): Shots {
  const problems: string[] = [];
  return {
    problems,
    async take(target, name, fit = target) {
      await target.screenshot({ path: testInfo.outputPath(`${name}-${width}-${scheme}.png`), animations: 'disabled' });
      for (const p of await fitProblems(fit)) problems.push(`${name} at ${width} px, ${scheme}: ${p}`);
    },
  };
}

async function connectAll(context: import('@playwright/test').BrowserContext, options: Page, control: SandboxControl) {
  const config = control.config;
  const vendor = config.coupang.vendors.find((v) => v.allowsLocalIp) ?? config.coupang.vendors[0]!;
  const added = await connectCoupang(options, vendor);
  expect(added.data?.verification.ok, JSON.stringify(added)).toBe(true);
  const coupangKey = `coupang:${vendor.vendorId}`;
  await ok(options, 'orders.sync', { accountKey: coupangKey });
  expect((await waitForSync(options, coupangKey)).phase).not.toBe('failed');

  const { sellerMemberId, buyerMemberId } = config.alibaba.samples;
  for (const memberId of [sellerMemberId, buyerMemberId]) {
    await connectThroughOptions(context, options, config, { memberId });
    await expect(
      options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${memberId}"]`),
    ).toHaveAttribute('data-status', 'ok', { timeout: 20_000 });
  }
  await ok(options, 'orders.sync', { accountKey: `alibaba:${sellerMemberId}` });
  expect((await waitForSync(options, `alibaba:${sellerMemberId}`)).phase).not.toBe('failed');
}

/** The list of the open tab has drawn (rows, or its empty line). */
async function listShown(panel: Page) {
  await expect(
    panel.locator('[data-testid="order-row"]:not(.placeholder), [data-testid="orders-empty"]').first(),
  ).toBeVisible();
}

async function sidePanelScreens(panel: Page, s: Shots, control: SandboxControl) {
  await expect(panel.getByTestId('sidepanel-ready')).toBeVisible();
  // The header while a sync runs (progress and counts beside the buttons): each list page held
  // back by the sandbox, so the running state stays on screen for the shot.
  await control.addFault({ market: 'coupang', pathPattern: '/ordersheets$', kind: 'latency', ms: 4000 });
  await panel.getByTestId('sync-now').click();
  await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-phase', 'running');
  await s.take(panel, 'panel-syncing');
  await control.clearFaults();
  await expect(panel.getByTestId('sync-status')).not.toHaveAttribute('data-phase', 'running', { timeout: 60_000 });
  const tabs = await panel
    .locator('.tabs [role="tab"][data-tab]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-tab')!));
  expect(tabs.length).toBeGreaterThan(3);
  for (const tab of tabs) {
    await panel.getByTestId(`tab-${tab}`).click();
    await listShown(panel);
    await s.take(panel, `panel-tab-${tab}`);
  }

  // An order's detail, and the same for a 1688 seller order.
  await panel.getByTestId('tab-all').click();
  await listShown(panel);
  await panel.getByTestId('order-row').first().click();
  await expect(panel.getByTestId('order-detail')).toBeVisible();
  await s.take(panel, 'panel-detail');
  await panel.getByTestId('detail-close').click();
  const alibabaRow = panel.locator('[data-testid="order-row"][data-key^="alibaba:"]').first();
  if (await alibabaRow.count()) {
    await alibabaRow.click();
    await expect(panel.getByTestId('order-detail')).toBeVisible();
    await s.take(panel, 'panel-detail-1688');
    await panel.getByTestId('detail-close').click();
  }

  // Invoice entry for three orders to ship.
  await panel.getByTestId('tab-toShip').click();
  await listShown(panel);
  const rows = panel.locator('[data-testid="order-row"][data-key^="coupang:"]');
  for (let i = 0; i < Math.min(3, await rows.count()); i++) await rows.nth(i).getByTestId('select-row').click();
  await panel.getByTestId('bulk-invoice').click();
  await expect(panel.getByTestId('invoice-entry')).toBeVisible();
  await s.take(panel, 'panel-invoice-entry');
  await panel.getByTestId('view-back').click();
  await panel.getByTestId('clear-selection').click();

  await panel.getByTestId('invoice-import').click();
  await expect(panel.getByTestId('import-view')).toBeVisible();
  await s.take(panel, 'panel-invoice-import');
  await panel.getByTestId('view-back').click();

  // A 1688 purchase order with an offer looked up.
  await panel.getByTestId('open-purchase').click();
  const view = panel.getByTestId('purchase-view');
  await view.getByTestId('purchase-account').selectOption(`alibaba:${control.config.alibaba.samples.buyerMemberId}`);
  await view.getByTestId('purchase-offer-id').fill(control.config.alibaba.samples.otherOfferId);
  await view.getByTestId('purchase-load-offer').click();
  await expect(view.getByTestId('purchase-offer-title')).toBeVisible();
  await s.take(panel, 'panel-purchase');
  await view.getByTestId('purchase-back').click();

  await panel.getByTestId('area-money').click();
  await expect(panel.getByTestId('money-view')).toHaveAttribute('data-loading', 'false', { timeout: 60_000 });
  await s.take(panel, 'panel-money');
  // Every other area the switch offers (claims, inquiries, products … as they arrive).
  const areas = await panel
    .locator('.area-switch [data-area]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-area')!));
  for (const area of areas.filter((a) => a !== 'orders' && a !== 'money')) {
    await panel.getByTestId(`area-${area}`).click();
    await expect(panel.locator('.area-host:not([hidden])')).not.toBeEmpty();
    if (area === 'products') {
      // The list as a seller sees it after reading the products (drafts, rejections, sold out);
      // the second pass finds the area on the listing draft it showed last.
      await panel.getByTestId('products-tab-list').click();
      await panel.getByTestId('products-refresh').click();
      await expect(panel.locator('[data-testid="product-row"][data-state="SAVED"]').first()).toBeVisible({
        timeout: 60_000,
      });
    }
    await s.take(panel, `panel-area-${area}`);
  }
  // A listing draft from a 1688 offer, as the offer helper asks for it (ids and numbers only).
  await ok(panel, 'ui.openSidePanel', {
    view: {
      area: 'products',
      offerId: control.config.alibaba.samples.otherOfferId,
      specIds: 'a1,b2',
      unitCost: '5662',
      salePrice: '25000',
    },
  });
  await expect(panel.getByTestId('draft-source')).toBeVisible();
  await s.take(panel, 'panel-listing-draft');
  // The cross-border area's restock tab (issue 17, 사입): the plan with nothing linked yet.
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-tab-restock').click();
  await expect(panel.getByTestId('rs-plan')).toHaveAttribute('data-loading', 'false', { timeout: 60_000 });
  await s.take(panel, 'panel-crossborder-restock');
  await panel.getByTestId('xb-tab-flow').click();
  await panel.getByTestId('area-orders').click();
}

async function helperScreens(page: Page, s: Shots, control: SandboxControl) {
  const pages = control.config.pages;
  await page.goto(pages.offerUrl);
  const offer = await helperFrame(page);
  await expect(offer.getByTestId('offer-helper')).toBeVisible();
  await offer.getByTestId('calc-rate').fill('191.25');
  await offer.getByTestId('calc-rate-date').fill('2025-03-10');
  await offer.getByTestId('calc-unit-weight').fill('0.35');
  await offer.getByTestId('calc-sale-price').fill('15900');
  await expect(offer.getByTestId('calc-margin')).toBeVisible();
  await s.take(page, 'helper-offer', offer);
  // The calculator's answers show without scrolling, inside the page's window.
  for (const id of ['calc-landed', 'calc-margin', 'calc-break-even']) {
    const box = await offer.getByTestId(id).boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.y + box!.height, `${id} is visible without scrolling`).toBeLessThanOrEqual(HEIGHT);
  }

  await page.goto(pages.tradeOrderUrl);
  const order = await helperFrame(page, 'orderId');
  await expect(order.getByTestId('order-helper')).toBeVisible();
  await s.take(page, 'helper-order', order);

  await page.goto(pages.wingHomeUrl);
  const wing = await helperFrame(page);
  await expect(wing.getByTestId('wing-helper')).toBeVisible();
  await s.take(page, 'helper-wing', wing);
}

test('every screen fits 360–420 px, in Korean, light and dark (screenshots saved)', async ({
  context,
  control,
  openExtensionPage,
}, testInfo) => {
  await reset1688(control, 30);
  const options = await openOptions(openExtensionPage);
  expect((await ok<unknown>(options, 'settings.update', { language: 'ko' })) !== undefined).toBe(true);
  await connectAll(context, options, control);

  const panel = await openExtensionPage('sidepanel.html');
  const popup = await openExtensionPage('popup.html');
  const site = await context.newPage();
  const problems: string[] = [];

  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await popup.reload();
    await expect(popup.getByTestId('popup-support')).toBeVisible();
    const s = shots(testInfo, POPUP_WIDTH, scheme);
    await s.take(popup, 'popup');
    problems.push(...s.problems);
  }

  for (const width of WIDTHS) {
    for (const scheme of width === 400 ? (['light', 'dark'] as const) : (['light'] as const)) {
      await test.step(`${width} px, ${scheme}`, async () => {
        const s = shots(testInfo, width, scheme);
        for (const page of [panel, options, site]) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.setViewportSize({ width, height: HEIGHT });
        }
        await sidePanelScreens(panel, s, control);
        await options.reload();
        await expect(options.getByTestId('alibaba-connections')).toBeVisible();
        await expect(options.getByTestId('alibaba-account').first()).toBeVisible();
        await options.screenshot({
          path: testInfo.outputPath(`options-${width}-${scheme}.png`),
          fullPage: true,
        });
        for (const p of await fitProblems(options)) s.problems.push(`options at ${width} px, ${scheme}: ${p}`);
        await helperScreens(site, s, control);
        problems.push(...s.problems);
      });
    }
  }

  // The 1688 AppKey is named by its last four characters, not a bare "••••".
  await expect(options.getByTestId('alibaba-account').first()).toContainText(
    `••••${control.config.alibaba.appKey.slice(-4)}`,
  );

  expect(problems, 'elements wider than the panel, or Korean words broken mid-word').toEqual([]);
});

test("every extension page draws in the design font at 13 px, not Chromium's extension default", async ({
  openExtensionPage,
}) => {
  // Chromium adds `body { font-family: <system UI font>; font-size: 75% }` to extension pages; the
  // pages drew at 9.75 px in a font without Korean until ui.css set the body's font itself.
  const bodyFont = (page: Page) =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return {
        size: body.fontSize,
        family: body.fontFamily,
        root: getComputedStyle(document.documentElement).fontFamily,
      };
    });
  const options = await openOptions(openExtensionPage);
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByTestId('sidepanel-ready')).toBeVisible();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('popup-support')).toBeVisible();
  for (const page of [panel, popup, options]) {
    const font = await bodyFont(page);
    expect(font.size, page.url()).toBe('13px');
    expect(font.family, page.url()).toBe(font.root);
    expect(font.family, page.url()).toContain('"Noto Sans CJK KR"');
  }

  // In Chinese, Chinese fonts come before the Korean ones.
  await ok(options, 'settings.update', { language: 'zh_CN' });
  await panel.reload();
  await expect(panel.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const zh = (await bodyFont(panel)).family;
  expect(zh.indexOf('"Microsoft YaHei"')).toBeGreaterThan(-1);
  expect(zh.indexOf('"Microsoft YaHei"')).toBeLessThan(zh.indexOf('"Malgun Gothic"'));
});

test('the fit check finds what is wider than the panel and Korean words broken mid-word', async ({
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 360, height: HEIGHT });
  await expect(panel.getByTestId('sidepanel-ready')).toBeVisible();
  expect(await fitProblems(panel)).toEqual([]);

  await panel.evaluate(() => {
    const add = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
    add('<div data-testid="too-wide" style="width: 500px; height: 10px"></div>');
    add('<div data-testid="side-scroller" style="overflow: auto"><div style="width: 600px; height: 10px"></div></div>');
    add('<div data-scroll-x style="overflow: auto"><div style="width: 600px; height: 10px"></div></div>');
    add('<div style="width: 40px; word-break: break-all">출고중지요청</div>');
  });
  const problems = await fitProblems(panel);
  expect(problems.some((p) => p.startsWith('div[data-testid=too-wide]') && p.includes('viewport is 360px'))).toBe(true);
  expect(problems.some((p) => p.startsWith('div[data-testid=side-scroller]') && p.includes('scrolls sideways'))).toBe(
    true,
  );
  expect(problems.filter((p) => p.startsWith('a word breaks across lines')).length).toBeGreaterThan(0);
  // The declared scroller and its wide content are allowed.
  expect(problems.filter((p) => p.includes('600'))).toEqual([
    expect.stringContaining('div[data-testid=side-scroller]'),
  ]);
});

test('the area switch is one Tab stop; arrows, Home and End move between areas and open them', async ({
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 360, height: HEIGHT });
  const orders = panel.getByTestId('area-orders');
  await expect(orders).toHaveAttribute('aria-selected', 'true');
  const ids = await panel
    .locator('.area-switch [data-area]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-area')!));
  expect(ids.length).toBeGreaterThan(1);
  // Only the open area's tab takes focus with Tab.
  expect(await panel.locator('.area-switch [tabindex="0"]').count()).toBe(1);
  await orders.focus();
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByTestId(`area-${ids[1]}`)).toBeFocused();
  await expect(panel.getByTestId(`area-${ids[1]}`)).toHaveAttribute('aria-selected', 'true');
  // Opened: the orders area is hidden, the new one shown.
  await expect(panel.getByTestId('sidepanel-ready')).toBeHidden();
  await expect(panel.locator('.area-host:not([hidden])')).not.toBeEmpty();
  await panel.keyboard.press('End');
  await expect(panel.getByTestId(`area-${ids.at(-1)}`)).toHaveAttribute('aria-selected', 'true');
  await panel.keyboard.press('Home');
  await expect(orders).toBeFocused();
  await expect(orders).toHaveAttribute('aria-selected', 'true');
  await panel.keyboard.press('ArrowLeft');
  await expect(panel.getByTestId(`area-${ids.at(-1)}`)).toHaveAttribute('aria-selected', 'true');
  // The row scrolls sideways inside itself; the panel does not.
  expect(await fitProblems(panel)).toEqual([]);
});
