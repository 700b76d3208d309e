import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import type { SandboxControl } from './support/control';
import { connectableVendor, openCoupangPanel, type SandboxVendor as Vendor } from './support/coupang-panel';

/**
 * The catalog area (issue 15) against the sandbox: for categories, shipping places, coupons and
 * Rocket Growth, the list shows the sandbox's data, one write is read back from the sandbox, one
 * bad input gets its message; the Rocket Growth stock walk stays within 50 calls a minute by the
 * sandbox's own counter. Screenshots at 400 px in Korean, light and dark.
 */

interface CatalogState {
  wingUserId: string;
  outboundPlaces: Array<{ code: string; name: string; addresses: Array<Record<string, string>> }>;
  returnCenters: Array<{ code: string; name: string }>;
  instantCoupons: Array<{ couponId: string; name: string; status: string; vendorItemIds: string[] }>;
  downloadCoupons: Array<{ couponId: string; title: string; status: string; vendorItemIds: string[] }>;
  liveItems: string[];
  rocketGrowthItems: number;
}

const sandboxCatalog = (control: SandboxControl, v: Vendor) =>
  control.call<CatalogState>('GET', `/coupang/catalog?vendorId=${v.vendorId}`);
const routeCount = async (control: SandboxControl, v: Vendor, part: string) => {
  const c = (await control.counters())[`coupang:${v.vendorId}`];
  return Object.entries(c?.byRoute ?? {})
    .filter(([route]) => route.includes(part))
    .reduce((n, [, k]) => n + k, 0);
};

/** The side panel connected to the sandbox vendor, on the catalog area's `tab`. */
async function openCatalog(openExtensionPage: (p: string) => Promise<Page>, v: Vendor, tab: string) {
  const panel = await openCoupangPanel(openExtensionPage, v, 'catalog');
  await expect(panel.getByTestId('catalog-view')).toBeVisible();
  await panel.getByTestId(`catalog-tab-${tab}`).click();
  return panel;
}

async function screenshots(panel: Page, testInfo: TestInfo, name: string) {
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.screenshot({ path: testInfo.outputPath(`catalog-${name}-light.png`), fullPage: true });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: testInfo.outputPath(`catalog-${name}-dark.png`), fullPage: true });
  await panel.emulateMedia({ colorScheme: 'light' });
}

test.setTimeout(240_000);

test('categories: the sandbox tree, search to a leaf with its meta, a recommendation; the tree fetched once', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  await control.reset({ orders: 20 });
  const v = connectableVendor(control);
  const panel = await openCatalog(openExtensionPage, v, 'categories');
  const nodes = panel.getByTestId('category-node');
  await expect(nodes.filter({ hasText: '가전/디지털' })).toBeVisible();

  await panel.getByTestId('category-search').fill('이어폰');
  await panel.getByTestId('category-search').press('Enter');
  await nodes.filter({ hasText: '블루투스 이어폰' }).click();
  const meta = panel.getByTestId('category-meta');
  await expect(meta).toHaveAttribute('data-code', '62611');
  await expect(meta.getByTestId('meta-attributes').locator('li[data-required="true"]').first()).toBeVisible();
  await expect(meta.getByTestId('meta-notice')).toContainText('품명 및 모델명');
  await expect(meta.getByTestId('meta-certifications')).not.toBeEmpty();

  // Bad input: a name that says nothing about the product gets Coupang's "insufficient" answer in words.
  await panel.getByTestId('recommend-name').fill('abc');
  await panel.getByTestId('recommend-go').click();
  await expect(panel.getByTestId('recommend-result')).toHaveAttribute('data-result', 'INSUFFICIENT_INFORMATION');
  await expect(panel.getByTestId('recommend-result')).toContainText('상품 유형');

  await panel.getByTestId('recommend-name').fill('무선 블루투스 이어폰 노이즈캔슬링');
  await panel.getByTestId('recommend-go').click();
  await expect(panel.getByTestId('recommend-result')).toHaveAttribute('data-code', '62611');
  await screenshots(panel, testInfo, 'categories');

  // Reference data: browsing again and reopening the panel reads the cached tree, not Coupang.
  await panel.reload();
  await panel.getByTestId('area-catalog').click();
  await expect(panel.getByTestId('category-node').first()).toBeVisible();
  expect(await routeCount(control, v, 'meta/display-categories')).toBe(1);
});

test('shipping places: the sandbox lists, a bad zip refused before sending, a new outbound place read back', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  await control.reset({ orders: 20 });
  const v = connectableVendor(control);
  const before = await sandboxCatalog(control, v);
  const panel = await openCatalog(openExtensionPage, v, 'places');
  const outbound = panel.getByTestId('places-outbound');
  for (const p of before.outboundPlaces)
    await expect(outbound.locator(`[data-testid="place-row"][data-code="${p.code}"]`)).toContainText(p.name);
  for (const r of before.returnCenters)
    await expect(panel.getByTestId('places-return').locator(`[data-code="${r.code}"]`)).toContainText(r.name);
  await screenshots(panel, testInfo, 'places');

  await panel.getByTestId('place-add-outbound').click();
  const form = panel.getByTestId('place-form');
  await form.getByTestId('place-name').fill('김포 2센터');
  await form.getByTestId('place-userId').fill(before.wingUserId);
  await form.getByTestId('place-zipCode').fill('1013');
  await form.getByTestId('place-road').fill('경기도 김포시 고촌읍 아라육로 95');
  await form.getByTestId('place-jibun').fill('경기도 김포시 고촌읍 전호리 100');
  await form.getByTestId('place-detail').fill('2층 출고장');
  await form.getByTestId('place-phone').fill('031-987-6543');
  await form.getByTestId('place-save').click();
  await expect(form.getByTestId('place-problem-zipCode')).toContainText('우편번호는 숫자 5~6자리');
  await screenshots(panel, testInfo, 'place-form-error');
  expect(await routeCount(control, v, 'outboundShippingCenters')).toBe(0);

  await form.getByTestId('place-zipCode').fill('10136');
  await form.getByTestId('place-save').click();
  await expect(form.getByTestId('place-write')).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
  const after = await sandboxCatalog(control, v);
  const created = after.outboundPlaces.find((p) => p.name === '김포 2센터');
  expect(created?.addresses.map((a) => [a.addressType, a.returnZipCode, a.returnAddress])).toEqual([
    ['ROADNAME', '10136', '경기도 김포시 고촌읍 아라육로 95'],
    ['JIBUN', '10136', '경기도 김포시 고촌읍 전호리 100'],
  ]);
  await expect(outbound.locator(`[data-code="${created?.code}"]`)).toContainText('김포 2센터');
  expect(await routeCount(control, v, 'outboundShippingCenters')).toBe(1);
});

test('coupons: budgets and coupons listed, a bad amount refused, a created coupon with items, failed items listed, a download coupon destroyed only after the warning', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  await control.reset({ orders: 20 });
  const v = connectableVendor(control);
  const before = await sandboxCatalog(control, v);
  const panel = await openCatalog(openExtensionPage, v, 'coupons');
  const list = panel.getByTestId('coupon-list');
  for (const c of before.instantCoupons.filter((x) => x.status !== 'EXPIRED'))
    await expect(list.locator(`[data-kind="instant"][data-id="${c.couponId}"]`)).toContainText(c.name);
  await expect(panel.getByTestId('coupon-budget').first()).toBeVisible();
  await screenshots(panel, testInfo, 'coupons');

  // Bad input: a fixed discount not in 10-won units is refused before anything is sent.
  await panel.getByTestId('coupon-new').click();
  const form = panel.getByTestId('coupon-form');
  await form.getByTestId('coupon-name').fill('E2E 정액 할인');
  await form.getByTestId('coupon-type').selectOption('PRICE');
  await form.getByTestId('coupon-discount').fill('1005');
  await form.getByTestId('coupon-max').fill('1000');
  await form.getByTestId('coupon-create').click();
  await expect(form.locator('[data-testid="coupon-problem"][data-code="discountUnit"]')).toContainText('10원 단위');
  await screenshots(panel, testInfo, 'coupon-form-error');
  expect(await routeCount(control, v, 'POST /v2/providers/fms')).toBe(0);

  await form.getByTestId('coupon-discount').fill('1000');
  await form.getByTestId('coupon-create').click();
  await expect(form.getByTestId('coupon-request')).toHaveAttribute('data-status', 'DONE', { timeout: 30_000 });
  const created = (await sandboxCatalog(control, v)).instantCoupons.find((c) => c.name === 'E2E 정액 할인');
  expect(created?.status).toBe('STANDBY');

  // Attach one free option and one that does not exist: the request ends with that one failed, by reason.
  const taken = new Set(before.instantCoupons.flatMap((c) => c.vendorItemIds));
  const free = before.liveItems.filter((id) => !taken.has(id));
  const row = list.locator(`[data-kind="instant"][data-id="${created?.couponId}"]`);
  await row.getByTestId('coupon-attach').click();
  const attach = panel.getByTestId('coupon-attach-panel');
  await attach.getByTestId('attach-ids').fill(`${free[0]}, 1`);
  await attach.getByTestId('attach-send').click();
  await expect(attach.getByTestId('coupon-request')).toHaveAttribute('data-status', 'DONE', { timeout: 30_000 });
  await expect(attach.locator('[data-testid="coupon-failed-item"][data-id="1"]')).toContainText('유효하지 않은');
  await screenshots(panel, testInfo, 'coupon-attach');
  expect(
    (await sandboxCatalog(control, v)).instantCoupons.find((c) => c.couponId === created?.couponId)?.vendorItemIds,
  ).toEqual([free[0]]);
  await attach.getByRole('button', { name: '닫기' }).click();

  // A download coupon made in Wing, added by its id; a failing attach is said to destroy it before it is sent.
  const wing = before.downloadCoupons.find((c) => c.status !== 'EXPIRED')!;
  await panel.getByPlaceholder('Wing에서 만든 다운로드 쿠폰 ID로 추가').fill(wing.couponId);
  await panel.getByRole('button', { name: '추가', exact: true }).click();
  const dl = list.locator(`[data-kind="download"][data-id="${wing.couponId}"]`);
  await expect(dl).toContainText(wing.title);
  await dl.getByTestId('coupon-attach').click();
  await expect(attach.getByTestId('coupon-destroy-warning')).toContainText('쿠폰을 파기');
  await attach.getByTestId('attach-ids').fill('1');
  await attach.getByTestId('attach-user').fill(before.wingUserId);
  await attach.getByTestId('attach-send').click();
  await expect(panel.getByRole('alertdialog')).toContainText('되돌릴 수 없습니다');
  expect(await routeCount(control, v, 'coupon-items')).toBe(0);
  await panel.getByTestId('attach-confirm').click();
  await expect(attach.getByTestId('attach-write')).toHaveAttribute('data-code', 'COUPON_DESTROYED', {
    timeout: 30_000,
  });
  await expect(attach.getByTestId('coupon-destroyed')).toBeVisible();
  expect((await sandboxCatalog(control, v)).downloadCoupons.find((c) => c.couponId === wing.couponId)?.status).toBe(
    'DELETED',
  );

  // End the created instant coupon after the confirmation; the sandbox has it expired.
  await attach.getByRole('button', { name: '닫기' }).click();
  await row.getByTestId('coupon-expire').click();
  await panel.getByTestId('coupon-expire-confirm').click();
  // The sandbox has it expired; the list then drops the ended coupon (it lists coupons in effect), so
  // the row's request chip is not waited on.
  await expect
    .poll(
      async () =>
        (await sandboxCatalog(control, v)).instantCoupons.find((c) => c.couponId === created?.couponId)?.status,
      { timeout: 30_000 },
    )
    .toBe('EXPIRED');
});

test('Rocket Growth: the stock walk over 2,600 more options stays within 50 calls a minute; days of cover and the reorder flag', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  await control.reset({ orders: 20 });
  const v = connectableVendor(control);
  await control.call('POST', '/coupang/rocket-growth/stock', { vendorId: v.vendorId, options: 2600 });
  const { rocketGrowthItems } = await sandboxCatalog(control, v);
  const panel = await openCatalog(openExtensionPage, v, 'categories');
  await control.call('POST', '/counters/reset');
  await panel.getByTestId('catalog-tab-rg').click();
  const status = panel.getByTestId('rg-status');
  await expect(status).toHaveAttribute('data-rows', String(rocketGrowthItems), { timeout: 200_000 });
  const calls = Number(await status.getAttribute('data-calls'));
  // More calls than one minute allows: the walk had to wait for the lane, not meet a 429.
  expect(calls).toBeGreaterThan(50);
  const counters = (await control.counters())[`coupang:${v.vendorId}`]!;
  expect(counters.peakPerMinuteByGroup.rocketGrowth).toBeLessThanOrEqual(50);
  expect(counters.rateLimited).toBe(0);
  expect(await routeCount(control, v, 'rg_open_api')).toBe(calls);

  // The flag follows the seller's threshold: with 1 day, only items with under a day of cover remain flagged.
  const firstRow = panel.getByTestId('rg-row').first();
  await expect(firstRow).toHaveAttribute('data-reorder', 'true');
  await screenshots(panel, testInfo, 'rg');
  await panel.getByTestId('rg-threshold').fill('1');
  await panel.getByTestId('rg-threshold-save').click();
  await panel.getByTestId('rg-only-reorder').check();
  await expect
    .poll(async () =>
      (
        await panel.getByTestId('rg-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-cover'))))
      ).every((d) => d < 1),
    )
    .toBe(true);
  // Settings and the cached walk answer the threshold change: no further Rocket Growth call.
  expect(await routeCount(control, v, 'rg_open_api')).toBe(calls);
});
