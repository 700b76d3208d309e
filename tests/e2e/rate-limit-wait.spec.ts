import { expect, test } from './fixtures';
import { connectableVendor, openCoupangPanel } from './support/coupang-panel';
import { shootLightDark } from './support/shots';

/**
 * Issue 13/15 robustness, in real Chromium against the sandbox: one 429 with a short Retry-After in
 * the middle of a products refresh (hundreds of reads through the vendor's one queue) no longer
 * aborts it. The queue waits the block out — nothing goes to Coupang while it lasts, and the status
 * line says until when — and then the refresh finishes with every product, as if the 429 had not
 * happened (only a few seconds later).
 */

interface SandboxProduct {
  status: string;
  items: unknown[];
}

const RETRY_AFTER_S = 5;

test.setTimeout(180_000);

test('a products refresh that meets one 429 with a short Retry-After waits it out and lists every product', async ({
  openExtensionPage,
  control,
  context,
}) => {
  const v = connectableVendor(control);
  const want = (await control.call<SandboxProduct[]>('GET', `/coupang/products?vendorId=${v.vendorId}`)).filter(
    (p) => p.status !== 'DELETED',
  );
  const options = want.reduce((n, p) => n + p.items.length, 0);
  const panel = await openCoupangPanel(openExtensionPage, v, 'products');
  await expect(panel.getByTestId('products-status')).toContainText('새로고침');

  // Every call to the sandbox Coupang gateway, and when the 429 came back (this process's clock).
  const gateway = new URL(control.config.coupang.baseUrl).origin;
  const sentAt: number[] = [];
  let limitedAt: number | undefined;
  context.on('request', (r) => {
    if (r.url().startsWith(gateway)) sentAt.push(Date.now());
  });
  context.on('response', (r) => {
    if (r.url().startsWith(gateway) && r.status() === 429) limitedAt ??= Date.now();
  });
  // The sixth stock read of the walk gets Coupang's 429, once, with `Retry-After: 5`.
  await control.addFault({
    market: 'coupang',
    method: 'GET',
    pathPattern: '/vendor-items/\\d+/inventories$',
    kind: 'rateLimit',
    skip: 5,
    times: 1,
    retryAfterSeconds: RETRY_AFTER_S,
  });

  await panel.getByTestId('products-refresh').click();
  // While the block lasts the status line says when the refresh goes on, instead of looking stuck.
  await expect(panel.getByTestId('products-status')).toContainText(/쿠팡 호출 한도: \d\d:\d\d:\d\d에 이어서/);
  await shootLightDark(panel, 'products-waiting-out-429');
  await expect(panel.getByTestId('products-status')).toContainText(`상품 ${want.length}개 · 옵션 ${options}개`, {
    timeout: 120_000,
  });
  await expect(panel.getByTestId('products-error')).toHaveCount(0);
  const [fault] = await control.call<Array<{ fired: number; skipped: number }>>('GET', '/faults');
  expect(fault).toMatchObject({ fired: 1, skipped: 5 });

  // Compliance, not speed: nothing went to Coupang while the block lasted. The window is the
  // block with 0.5 s trimmed off each end for the lag of this process's view of the browser.
  expect(limitedAt).toBeDefined();
  const during = sentAt.filter((t) => t > limitedAt! + 500 && t < limitedAt! + RETRY_AFTER_S * 1000 - 500);
  expect(during).toEqual([]);
  expect(sentAt.some((t) => t >= limitedAt! + RETRY_AFTER_S * 1000 - 500)).toBe(true);

  await shootLightDark(panel, 'products-after-short-429', { fit: true });
});
