import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acceptConsent } from './support/consent';
import type { SandboxControl } from './support/control';
import { holdReplies, ok, releaseReplies } from './support/messages';

/**
 * Issue 15, products, against the sandbox in real Chromium: the option list shows the sandbox's
 * products; an edit is read back from the sandbox; a bad price gets its message before anything is
 * sent; a bulk table with bad rows sends only the good ones and "retry failed rows" resends only
 * the one Coupang refused; a registration whose worker is killed mid-send makes exactly one product.
 */

type Vendor = { vendorId: string; accessKey: string; secretKey: string; allowsLocalIp: boolean; wingUserId: string };
interface SandboxProduct {
  sellerProductId: string;
  name: string;
  status: string;
  items: Array<{ vendorItemId: string; sellerSku: string; salePrice: number; stock: number; onSale: boolean }>;
}

const vendorOf = (control: SandboxControl) =>
  (control.config.coupang.vendors as Vendor[]).find((v) => v.allowsLocalIp)!;
const sandboxProducts = (control: SandboxControl, v: Vendor) =>
  control.call<SandboxProduct[]>('GET', `/coupang/products?vendorId=${v.vendorId}`);
const QUANTITIES = 'PUT /v2/providers/seller_api/apis/api/v1/marketplace/vendor-items/{id}/quantities/{id}';
const CREATE = 'POST /v2/providers/seller_api/apis/api/v1/marketplace/seller-products';

/** The side panel in Korean at 400 px, connected to the sandbox vendor, on the products area, loaded. */
async function openProducts(openExtensionPage: (p: string) => Promise<Page>, v: Vendor, opts = { withWingId: true }) {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await acceptConsent(panel);
  await ok(panel, 'settings.update', { language: 'ko' });
  const added = await ok<{ verification: { ok: boolean } }>(panel, 'connections.addCoupang', {
    vendorId: v.vendorId,
    accessKey: v.accessKey,
    secretKey: v.secretKey,
    keyIssuedAt: new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10),
    label: 'Demo store',
    ...(opts.withWingId ? { wingUserId: v.wingUserId } : {}),
  });
  expect(added.verification.ok).toBe(true);
  await panel.reload();
  await panel.getByTestId('area-products').click();
  await expect(panel.getByTestId('products-view')).toBeVisible();
  await expect(panel.getByTestId('products-status')).toContainText('새로고침');
  await panel.getByTestId('products-refresh').click();
  await expect(panel.getByTestId('products-status')).toContainText('옵션', { timeout: 90_000 });
  return panel;
}

async function shot(panel: Page, name: string) {
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.screenshot({ path: test.info().outputPath(`${name}-light.png`) });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: test.info().outputPath(`${name}-dark.png`) });
  await panel.emulateMedia({ colorScheme: 'light' });
}

test.setTimeout(240_000);

test('the list shows the sandbox products; a bad price is refused with its message; an edit is read back from the sandbox; Enter typed before the rows arrive opens the first row', async ({
  openExtensionPage,
  control,
}) => {
  const v = vendorOf(control);
  const panel = await openProducts(openExtensionPage, v);
  const want = (await sandboxProducts(control, v)).filter((p) => p.status !== 'DELETED');
  const options = want.reduce((n, p) => n + p.items.length, 0);
  await expect(panel.getByTestId('products-status')).toContainText(`상품 ${want.length}개 · 옵션 ${options}개`);
  await expect(panel.getByTestId('products-inflow')).toContainText(`등록 ${want.length}개`);
  // Products not approved yet show their state and no option ID.
  const saved = want.find((p) => p.status === 'SAVED')!;
  await panel.getByTestId('products-search').fill(saved.name.slice(0, 12));
  await panel.getByTestId('products-search').press('Enter');
  await expect(panel.getByTestId('product-row').first()).toHaveAttribute('data-state', 'SAVED');
  await expect(panel.getByTestId('product-row').first()).toContainText('승인 후 옵션ID 발급');
  await panel.getByTestId('products-search').fill('');
  await panel.getByTestId('products-search').press('Enter');

  // The first approved option, as the sandbox has it.
  const row = panel.locator('[data-testid="product-row"][data-state="APPROVED"]').first();
  const id = (await row.getAttribute('data-vendor-item-id'))!;
  const item = want.flatMap((p) => p.items).find((i) => i.vendorItemId === id)!;
  await expect(row.getByTestId('product-price')).toHaveText(`₩${item.salePrice.toLocaleString('en-US')}`);
  await expect(row.getByTestId('product-stock')).toContainText(item.stock.toLocaleString('en-US'));
  await shot(panel, 'products-list');

  await row.click();
  const form = panel.getByTestId('option-edit');
  await form.getByTestId('edit-price').fill(String(item.salePrice + 5));
  await expect(form.getByTestId('edit-problem')).toContainText('10원 단위');
  await expect(form.getByTestId('edit-save')).toBeDisabled();
  // Beyond Coupang's −50 %/+100 % guard: only with an explicit "force".
  await form.getByTestId('edit-price').fill(String(item.salePrice * 3));
  await expect(form.getByTestId('price-guard')).toBeVisible();
  await expect(form.getByTestId('edit-save')).toBeDisabled();
  await shot(panel, 'products-edit-guard');
  const newPrice = item.salePrice + 1000;
  await form.getByTestId('edit-price').fill(String(newPrice));
  await form.getByTestId('edit-stock').fill('77');
  await form.getByTestId('edit-save').click();
  await expect(form.getByTestId('edit-results-summary')).toContainText('완료 2', { timeout: 30_000 });
  const after = (await sandboxProducts(control, v)).flatMap((p) => p.items).find((i) => i.vendorItemId === id)!;
  expect(after).toMatchObject({ salePrice: newPrice, stock: 77 });
  // The list shows what Coupang now has.
  await expect(row.getByTestId('product-price')).toHaveText(`₩${newPrice.toLocaleString('en-US')}`);

  // Enter typed before a new filter's rows arrive opens its first row when they come (it was lost).
  await form.getByTestId('edit-close').click();
  await expect(form).toHaveCount(0);
  await holdReplies(panel, 'products.list');
  await panel.getByTestId('products-state').selectOption('APPROVED');
  await expect(panel.locator('[data-testid="product-row"][data-vendor-item-id]')).toHaveCount(0);
  await panel.getByTestId('product-list').focus();
  await panel.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await releaseReplies(panel);
  const first = panel.locator('[data-testid="product-row"][data-vendor-item-id]').first();
  await expect(first).toHaveAttribute('data-state', 'APPROVED');
  await expect(form).toBeVisible();
  await expect(form).toContainText((await first.getAttribute('data-vendor-item-id'))!);

  // The same after a filter that matched nothing. Its "no options match" is not shown while the next
  // filter's rows are on their way (it was, until they came): it said nothing of the new filter.
  await form.getByTestId('edit-close').click();
  const search = panel.getByTestId('products-search');
  await search.fill('no-such-option');
  await search.press('Enter');
  await expect(panel.getByTestId('products-empty')).toBeVisible();
  await holdReplies(panel, 'products.list');
  await search.fill('');
  await search.press('Enter');
  await expect(panel.getByTestId('products-empty')).toHaveCount(0);
  await panel.getByTestId('product-list').focus();
  await panel.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await releaseReplies(panel);
  await expect(form).toBeVisible();
  await expect(form).toContainText((await first.getAttribute('data-vendor-item-id'))!);
});

test('bulk edit: bad rows are reported and not sent; a row Coupang refused is resent alone by "retry failed rows"', async ({
  openExtensionPage,
  control,
}) => {
  const v = vendorOf(control);
  const panel = await openProducts(openExtensionPage, v);
  const live = (await sandboxProducts(control, v)).filter((p) => p.status === 'APPROVED').flatMap((p) => p.items);
  const [a, b, c, d] = live;
  await control.call('POST', '/counters/reset');
  // Coupang refuses the stock change of option c once.
  await control.addFault({
    market: 'coupang',
    pathPattern: `/vendor-items/${c!.vendorItemId}/quantities/`,
    kind: 'error5xx',
    status: 400,
    times: 1,
  });
  const table = [
    '옵션ID\t판매가\t재고\t판매상태',
    `${a!.vendorItemId}\t${(a!.salePrice + 100).toLocaleString('en-US')}원\t11\t판매중`,
    `${b!.vendorItemId}\t\t22\t판매중지`,
    `${c!.vendorItemId}\t\t33\t`,
    `${d!.vendorItemId}\t${d!.salePrice + 3}\t44\t`, // not in 10-won steps
    '999999999\t1000\t1\t', // no such option
    `${b!.vendorItemId}\t\t5\t`, // the same option twice
  ].join('\n');
  await panel.getByTestId('products-tab-bulk').click();
  await panel.getByTestId('bulk-text').fill(table);
  await panel.getByTestId('bulk-check').click();
  await expect(panel.getByTestId('bulk-summary')).toContainText('보낼 행 3개 · 문제 있는 행 3개');
  await expect(panel.getByTestId('bulk-problem')).toHaveCount(3);
  await expect(panel.locator('[data-testid="bulk-problem"][data-code="PRICE_NOT_10_WON"]')).toContainText('5행');
  await panel.getByTestId('bulk-send').click();
  const summary = panel.getByTestId('edit-results-summary');
  await expect(summary).toContainText('완료 5 · 실패 1 · 처리 중 0', { timeout: 60_000 });
  await shot(panel, 'products-bulk');
  await panel.getByTestId('retry-failed').click();
  await expect(summary).toContainText('완료 6 · 실패 0 · 처리 중 0', { timeout: 60_000 });

  const now = new Map((await sandboxProducts(control, v)).flatMap((p) => p.items).map((i) => [i.vendorItemId, i]));
  expect(now.get(a!.vendorItemId)).toMatchObject({ salePrice: a!.salePrice + 100, stock: 11, onSale: true });
  expect(now.get(b!.vendorItemId)).toMatchObject({ stock: 22, onSale: false });
  expect(now.get(c!.vendorItemId)).toMatchObject({ stock: 33 });
  expect(now.get(d!.vendorItemId)).toMatchObject({ salePrice: d!.salePrice, stock: d!.stock });
  // Three stock writes, plus the one resent: nothing that succeeded was sent again.
  const counters = (await control.counters())[`coupang:${v.vendorId}`]!;
  expect(counters.byRoute[QUANTITIES]).toBe(4);
});

test('a registration whose worker is killed mid-send makes exactly one product, then waits for approval', async ({
  context,
  openExtensionPage,
  control,
}) => {
  const v = vendorOf(control);
  // Connected without the Wing login id: the registration says so before anything is sent.
  const panel = await openProducts(openExtensionPage, v, { withWingId: false });
  const before = await sandboxProducts(control, v);
  await panel.getByTestId('products-tab-create').click();
  const form = panel.getByTestId('create-form');
  await form.getByTestId('create-category').fill('66680');
  await form.getByTestId('create-load-meta').click();
  await form.getByTestId('create-name').fill('크로스독 테스트 소설');
  await form.getByTestId('create-brand').fill('크로스독');
  await form.getByTestId('create-imageUrl').fill('https://example.com/cover.jpg');
  await form.getByTestId('option-name').fill('단권');
  await form.getByTestId('option-price').fill('12345');
  await form.getByTestId('option-stock').fill('10');
  await form.getByTestId('option-sku').fill('E2E-NOVEL-1');
  // A required buy option left empty and a price off the 10-won steps: told before sending.
  await form.getByTestId('create-submit').click();
  await expect(form.getByTestId('create-problems')).toContainText('10원 단위');
  await expect(form.getByTestId('create-problems')).toContainText('수량');
  await shot(panel, 'products-create-problems');
  await form.getByTestId('option-price').fill('12340');
  await form.locator('[data-testid="option-attribute"][data-name="수량"]').fill('1');
  for (const notice of await form.getByTestId('create-notice').all()) await notice.fill('상세페이지 참조');

  // Coupang registers in the name of a Wing user (vendorUserId); the vendor id is refused there.
  // Without the login id nothing is queued, and the message says where to add it.
  await control.call('POST', '/counters/reset');
  await form.getByTestId('create-submit').click();
  await expect(form.getByTestId('create-error')).toContainText('Wing 아이디');
  await expect(form.getByTestId('create-error')).toContainText('설정 → 연결 → 수정');
  expect((await control.counters())[`coupang:${v.vendorId}`]?.byRoute?.[CREATE] ?? 0).toBe(0);
  await form.getByTestId('create-error').scrollIntoViewIfNeeded();
  await shot(panel, 'products-create-wing-missing');
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(panel.url().replace('sidepanel.html', 'options.html'));
  const account = options.locator(`[data-testid="account-row"][data-account-key="coupang:${v.vendorId}"]`);
  await account.getByTestId('account-edit').click();
  await account.getByTestId('account-edit-wing-id').fill('로그인 아이디');
  await expect(account.getByTestId('account-edit-save')).toBeDisabled();
  await account.screenshot({ path: test.info().outputPath('options-wing-id-invalid.png') });
  await account.getByTestId('account-edit-wing-id').fill(v.wingUserId);
  await account.getByTestId('account-edit-save').click();
  await expect(account.getByTestId('account-edit-wing-id')).toBeHidden();
  await options.close();

  // Coupang takes 6 s to answer: long enough to stop the worker while the create is out.
  await control.addFault({
    market: 'coupang',
    pathPattern: '/seller-products$',
    method: 'POST',
    kind: 'latency',
    ms: 6000,
    times: 1,
  });
  await control.call('POST', '/counters/reset');
  await form.getByTestId('create-submit').click();
  await expect(panel.getByTestId('create-status')).toBeVisible();
  await expect
    .poll(async () => (await control.counters())[`coupang:${v.vendorId}`]?.byRoute?.[CREATE] ?? 0, { timeout: 10_000 })
    .toBe(1);
  const cdp = await context.newCDPSession(panel);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...e.versions.map((x) => x.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.includes('stopped'), { timeout: 5_000 }).toBe(true);
  await cdp.detach();

  // The panel keeps asking; a new worker looks the product up by its seller SKU and finds it.
  await expect(panel.getByTestId('create-status')).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
  await expect(panel.getByTestId('create-approval')).toHaveAttribute('data-approval', 'APPROVING', { timeout: 30_000 });
  const created = (await sandboxProducts(control, v)).filter(
    (p) => !before.some((b) => b.sellerProductId === p.sellerProductId),
  );
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({ name: '크로스독 테스트 소설', status: 'APPROVING' });
  expect((await control.counters())[`coupang:${v.vendorId}`]!.byRoute[CREATE]).toBe(1);
  const outbox = await ok<{ items: Array<{ action: string; state: string; attempts: number }> }>(
    panel,
    'outbox.list',
    {},
  );
  expect(outbox.items.filter((i) => i.action === 'coupang.createProduct')).toEqual([
    expect.objectContaining({ state: 'succeeded', attempts: 1 }),
  ]);
  await shot(panel, 'products-create-sent');

  // Coupang's review decides (the sandbox's clock moves past its review time).
  await control.call('POST', '/clock/advance', { ms: 11 * 60_000 });
  await panel.getByTestId('create-check').click();
  await expect(panel.getByTestId('create-approval')).toHaveAttribute('data-approval', 'APPROVED', { timeout: 30_000 });
});

test('a product rejected by the review shows the reviewer reason in the list', async ({
  openExtensionPage,
  control,
}) => {
  const v = vendorOf(control);
  const panel = await openProducts(openExtensionPage, v);
  const accountKey = `coupang:${v.vendorId}`;
  const places = await ok<{ outbound: Array<{ code: string }>; returnCenters: Array<{ code: string }> }>(
    panel,
    'products.places',
    { accountKey },
  );
  const { batchId } = await ok<{ batchId: string }>(panel, 'products.create', {
    accountKey,
    draft: {
      displayCategoryCode: '66680',
      name: '최저가 장편소설 세트',
      brand: '크로스독',
      outboundShippingPlaceCode: places.outbound[0]!.code,
      returnCenterCode: places.returnCenters[0]!.code,
      deliveryCompanyCode: 'CJGLS',
      deliveryCharge: 0,
      returnCharge: 3000,
      imageUrl: 'https://example.com/set.jpg',
      items: [{ itemName: '세트', salePrice: 30000, stock: 5, sellerSku: 'E2E-DENY-1', attributes: { 수량: '3' } }],
      notices: {
        '품명 및 모델명': '세트',
        '제조국(원산지)': '한국',
        '제조자(수입자)': '크로스독',
        '소비자상담 관련 전화번호': '02-000-0000',
      },
      noticeCategory: '서적',
      certifications: {},
    },
  });
  await expect
    .poll(
      async () => (await ok<{ items: Array<{ state: string }> }>(panel, 'outbox.list', { batchId })).items[0]?.state,
      {
        timeout: 30_000,
      },
    )
    .toBe('succeeded');
  await control.call('POST', '/clock/advance', { ms: 11 * 60_000 });
  await panel.getByTestId('products-refresh').click();
  await panel.getByTestId('products-state').selectOption('DENIED');
  const row = panel.getByTestId('product-row').first();
  await expect(row).toHaveAttribute('data-state', 'DENIED', { timeout: 90_000 });
  await expect(row.getByTestId('product-rejection')).toContainText('반려 사유: 상품명에 사용할 수 없는 표현(최저가)');
  await shot(panel, 'products-denied');
});
