import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acceptConsent } from './support/consent';
import { connectCoupang, ok, waitForSync } from './support/messages';

/**
 * Issue 13: "first rows … rendered before anything else on the page loads". The side panel's first
 * script draws the opening rows from the worker's early answer, before the app's code has loaded,
 * where the list began last time (orders/early-rows.ts); the app replaces them in its first render.
 * They must sit exactly where the app's rows then are, and say the same.
 */

interface Drawn {
  top: number;
  left: number;
  width: number;
  product: string;
  date: string;
  total: string;
  id: string;
  recipient: string;
}

/**
 * Before the page's own scripts: a way to describe rows (place and text), and the first early rows
 * drawn, described, if any.
 */
async function watchEarlyRows(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __early: unknown[] | null; __describe: (rows: HTMLElement[]) => unknown[] };
    w.__describe = (rows) =>
      rows.map((row) => {
        const at = row.getBoundingClientRect();
        const text = (sel: string) => row.querySelector(sel)?.textContent ?? '';
        return {
          top: at.top,
          left: at.left,
          width: at.width,
          product: text('.row-product'),
          date: text('.row-date'),
          total: text('.row-total'),
          id: text('.mono'),
          recipient: text('.row-recipient'),
        };
      });
    w.__early = null;
    const observer = new MutationObserver(() => {
      const box = document.querySelector('.early-rows');
      if (!box) return;
      observer.disconnect();
      w.__early = w.__describe([...box.querySelectorAll<HTMLElement>('.order-row')]);
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

/** The app's rows, in list order, described like the early ones. */
const appRows = (page: Page): Promise<Drawn[]> =>
  page.evaluate(() =>
    (window as unknown as { __describe: (rows: HTMLElement[]) => Drawn[] }).__describe(
      [...document.querySelectorAll<HTMLElement>('[data-testid="order-row"]')].sort(
        (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
      ),
    ),
  );

test('the opening rows are drawn before the app loads, where and as the app then draws them', async ({
  control,
  openExtensionPage,
}) => {
  await control.reset({ orders: 40 });
  const vendor = control.config.coupang.vendors.find((v) => v.allowsLocalIp)!;
  const setup = await openExtensionPage('options.html');
  await acceptConsent(setup);
  await ok(setup, 'settings.update', { sync: { intervalMinutes: 120 } });
  const accountKey = (await connectCoupang(setup, vendor)).data.account.accountKey;
  await waitForSync(setup, accountKey);
  const panelUrl = setup.url().replace('options.html', 'sidepanel.html');
  const layoutOf = () => ok<{ layout?: { width: number; listTop: number } }>(setup, 'ui.openingLayout', {});

  // The first open in a profile has no list place kept: no early rows; the app keeps its place.
  expect((await layoutOf()).layout).toBeUndefined();
  const first = await setup.context().newPage();
  await watchEarlyRows(first);
  await first.goto(panelUrl);
  await expect(first.getByTestId('order-row').first()).toBeVisible();
  expect(await first.evaluate(() => (window as unknown as { __early: unknown }).__early)).toBeNull();
  await expect.poll(async () => (await layoutOf()).layout?.width).toBe(await first.evaluate(() => innerWidth));
  await first.close();

  // Later opens draw them whenever the worker answers before the app has loaded — nearly always
  // (the app's code and words are a second round of loads, then its first render).
  let early: Drawn[] | null = null;
  let app: Drawn[] = [];
  let height = 0;
  for (let open = 0; open < 5 && !early; open++) {
    const panel = await setup.context().newPage();
    await watchEarlyRows(panel);
    await panel.goto(panelUrl);
    await expect(panel.getByTestId('order-row').first()).toBeVisible();
    early = await panel.evaluate(() => (window as unknown as { __early: Drawn[] | null }).__early);
    app = await appRows(panel);
    height = await panel.evaluate(() => innerHeight);
    // The app replaced them in its first render.
    await expect(panel.locator('.early-rows')).toHaveCount(0);
    await panel.close();
  }
  expect(early, 'no open drew its rows before the app').not.toBeNull();
  // Every row of the opening tab that is on the screen.
  expect(early!.length).toBeGreaterThan(0);
  expect(early!.length).toBe(app.filter((row) => row.top < height).length);
  early!.forEach((row, i) => {
    const drawn = app[i]!;
    // Nothing moves when the app takes over: the same place and width, to the pixel.
    expect(Math.abs(row.top - drawn.top), `row ${i} top`).toBeLessThanOrEqual(1);
    expect(Math.abs(row.left - drawn.left), `row ${i} left`).toBeLessThanOrEqual(1);
    expect(Math.abs(row.width - drawn.width), `row ${i} width`).toBeLessThanOrEqual(1);
    // And the same words and numbers (the app's product line may add "· N items").
    expect(drawn.product.startsWith(row.product), `row ${i} product`).toBe(true);
    expect({ date: row.date, total: row.total, id: row.id, recipient: row.recipient }).toEqual({
      date: drawn.date,
      total: drawn.total,
      id: drawn.id,
      recipient: drawn.recipient,
    });
  });
});
