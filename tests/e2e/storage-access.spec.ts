import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acceptConsent } from './support/consent';
import { shellState } from './support/helper-panel';
import { evaluateInContentScript } from './support/isolated-world';
import { ok } from './support/messages';
import { restartServiceWorker } from './support/worker';

/**
 * Issue 18 §5: the browser's storage areas hold the encrypted vault and every setting; content
 * scripts may not read them (setAccessLevel TRUSTED_CONTEXTS, set at every worker start) and get
 * what they need by message instead.
 */

/** What the content-script world gets from each storage area: 'read:<keys>' or why not. */
function storageFromContentScript(page: Page) {
  return evaluateInContentScript<Record<string, string>>(
    page,
    `(async () => {
      const out = {};
      for (const name of ['local', 'sync', 'session']) {
        try {
          const area = chrome.storage && chrome.storage[name];
          if (!area) { out[name] = 'unavailable'; continue; }
          out[name] = 'read:' + Object.keys(await area.get(null)).join(',');
        } catch (e) {
          out[name] = 'refused';
        }
      }
      return out;
    })()`,
  );
}

const refused = /^(refused|unavailable)$/;

test("a content script's storage.local.get is refused; it still gets its settings by message", async ({
  context,
  control,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await acceptConsent(options);
  await ok(options, 'settings.update', { language: 'zh_CN' });
  // There is something to read: an extension page (trusted) sees it.
  const local = await options.evaluate(() => chrome.storage.local.get(null));
  expect(Object.keys(local)).toEqual(expect.arrayContaining(['consent', 'settings']));

  const page = await context.newPage();
  await page.goto(control.config.pages.offerUrl);
  // The panel got its language from the background: the settings reached it by message.
  await expect.poll(async () => (await shellState(page)).toggleText).toBe('收起');
  const seen = await storageFromContentScript(page);
  expect(seen.local).toMatch(refused);
  expect(seen.sync).toMatch(refused);
  expect(seen.session).toMatch(refused);

  // A fresh worker (Chrome stops idle ones) restricts the areas again before answering anyone.
  await restartServiceWorker(context, options);
  await page.reload();
  await expect.poll(async () => (await shellState(page)).toggleText).toBe('收起');
  const again = await storageFromContentScript(page);
  expect(again.local).toMatch(refused);
  expect(again.sync).toMatch(refused);
});
