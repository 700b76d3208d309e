import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { SandboxConfig } from '../../sandbox/config';
import { expect, test } from './fixtures';
import type { SandboxControl } from './support/control';
import { shellState } from './support/helper-panel';
import { openWatchingWorlds } from './support/isolated-world';
import { ok } from './support/messages';
import { openOptions } from './support/relay';
import { shootLightDark } from './support/shots';
import { restartServiceWorker } from './support/worker';

/**
 * Issue 13: the page-helper content script is registered by the background, only for the helpers
 * the seller has on. A page whose helpers are all off gets no script at all (no isolated world of
 * ours is ever created in it); switching a helper back on brings it back on the next load; the
 * registration outlives the service worker (Chrome keeps it, persistAcrossSessions).
 */

/** What Chrome has registered for Crossdock, read in the service worker: the page-helper matches. */
async function registeredMatches(context: BrowserContext): Promise<string[] | null> {
  const sw: Worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  return sw.evaluate(async () => {
    const [s] = await chrome.scripting.getRegisteredContentScripts({ ids: ['page-helper'] });
    return s ? [...(s.matches ?? [])].sort() : null;
  });
}

/** Runs the page-helper script into the (one) tab showing `url`, from the service worker. */
async function runScriptIn(context: BrowserContext, url: string) {
  const worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u.replace(/:\d+\//, '/').replace(/\?.*$/, '*') });
    await chrome.scripting.executeScript({ target: { tabId: tab.id! }, files: ['content-scripts/page-helper.js'] });
  }, url);
}

/** A page of a switched-off helper: the script never ran there (checked after the page settled). */
async function expectNoScript(context: BrowserContext, url: string) {
  const { page, worlds } = await openWatchingWorlds(context, url);
  // Nothing to wait *for* (the point is that nothing comes): give a script that would come time to.
  await page.waitForTimeout(1000);
  expect(worlds(), url).toBe(0);
  expect(await page.locator('crossdock-helper').count()).toBe(0);
  await page.close();
}

/** A fresh sandbox, and the options page with consent given. */
async function start(control: SandboxControl, openExtensionPage: (p: string) => Promise<Page>) {
  const { config } = (await control.reset()) as { config: SandboxConfig };
  return { config, options: await openOptions(openExtensionPage) };
}

const settingsOf = (options: Page) => ok<{ disabledHelpers: string[] }>(options, 'settings.get', {});

test('the content script is registered only where a helper is on, follows the switches and outlives the worker', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const { config, options } = await start(control, openExtensionPage);
  const host = (u: string) => new URL(u).hostname;
  // Installed: every helper on, so every helper page pattern (the sandbox's hosts) is registered.
  await expect.poll(() => registeredMatches(context)).toContain(`http://${host(config.pages.offerUrl)}/offer/*`);
  const all = (await registeredMatches(context))!;
  expect(all.every((m) => /^http:\/\/[a-z.0-9]+\.localhost\//.test(m))).toBe(true);

  // Off in options: the offer page's pattern leaves the registration; a new load gets no script.
  await options.getByTestId('helper-enabled-offer-1688').uncheck();
  await expect.poll(async () => (await settingsOf(options)).disabledHelpers).toEqual(['offer-1688']);
  await expect.poll(() => registeredMatches(context)).not.toContain(`http://${host(config.pages.offerUrl)}/offer/*`);
  // The workbench stays: the order helper still serves it.
  expect(await registeredMatches(context)).toContain(`http://${host(config.pages.workbenchUrl)}/*`);
  await expectNoScript(context, config.pages.offerUrl);
  // Should the script reach an offer page anyway (switched off while the page loaded), the
  // background's answer takes the shell it showed at once away again.
  const late = await openWatchingWorlds(context, config.pages.offerUrl);
  // The page sees the host element come and go (the panel itself is in a closed root).
  await late.page.evaluate(() => {
    const w = window as unknown as { __hosts: number };
    w.__hosts = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'CROSSDOCK-HELPER') w.__hosts++;
    }).observe(document.body, { childList: true });
  });
  await runScriptIn(context, config.pages.offerUrl);
  await expect.poll(late.worlds).toBe(1);
  await expect.poll(() => late.page.evaluate(() => (window as unknown as { __hosts: number }).__hosts)).toBe(1);
  await expect.poll(async () => (await shellState(late.page)).mounted).toBe(0);
  await late.page.close();
  // The other helpers still mount.
  const wing = await openWatchingWorlds(context, config.pages.wingHomeUrl);
  await expect.poll(async () => (await shellState(wing.page)).helper).toBe('wing-coupang');
  await wing.page.close();

  // Every helper off: nothing is registered, no seller page gets a script.
  for (const id of ['order-1688', 'wing-coupang']) await options.getByTestId(`helper-enabled-${id}`).uncheck();
  await expect.poll(() => registeredMatches(context)).toBeNull();
  await expectNoScript(context, config.pages.wingHomeUrl);
  await expectNoScript(context, config.pages.tradeOrderUrl);

  // Back on: an offer page open since before gets its panel without a reload; the next load mounts.
  const openBefore = await openWatchingWorlds(context, config.pages.offerUrl);
  await options.getByTestId('helper-enabled-offer-1688').check();
  await expect.poll(() => registeredMatches(context)).toContain(`http://${host(config.pages.offerUrl)}/offer/*`);
  await expect.poll(async () => (await shellState(openBefore.page)).helper).toBe('offer-1688');
  const offer = await openWatchingWorlds(context, config.pages.offerUrl);
  await expect.poll(async () => (await shellState(offer.page)).helper).toBe('offer-1688');
  // Run into the page a second time (as when it loads while the background reaches open tabs):
  // still one panel.
  await runScriptIn(context, config.pages.offerUrl);
  await offer.page.waitForTimeout(300);
  expect((await shellState(offer.page)).mounted).toBe(1);
  await offer.page.close();
  await openBefore.page.close();

  // A stopped worker (all its memory gone) does not take the registration with it.
  const before = await registeredMatches(context);
  await restartServiceWorker(context, options);
  expect(await registeredMatches(context)).toEqual(before);
  const again = await openWatchingWorlds(context, config.pages.offerUrl);
  await expect.poll(async () => (await shellState(again.page)).helper).toBe('offer-1688');
  await again.page.close();

  // "Delete all data" brings the defaults back: every helper on, every pattern registered.
  await ok(options, 'privacy.deleteAll', { confirm: true });
  await expect.poll(() => registeredMatches(context)).toEqual(all);
});

test('the shell shows in the seller’s language, open or collapsed as left on the site (Korean, 400 px)', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const { config, options } = await start(control, openExtensionPage);
  await ok(options, 'settings.update', { language: 'ko', collapsedSites: ['wing.coupang.com'] });
  await expect.poll(() => registeredMatches(context)).not.toBeNull();
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 700 });
  await page.goto(config.pages.wingHomeUrl);
  // Collapsed on Wing: the toggle says 펼치기 and no frame was ever loaded.
  await expect.poll(async () => (await shellState(page)).expanded).toBe('false');
  expect(await shellState(page)).toMatchObject({ toggleText: '펼치기', bodyHidden: true, frames: 0 });
  await shootLightDark(page, 'helper-shell-wing-collapsed-ko', { fullPage: false });
  // Open on 1688: the frame loads.
  await page.goto(config.pages.offerUrl);
  await expect.poll(async () => (await shellState(page)).expanded).toBe('true');
  expect(await shellState(page)).toMatchObject({ toggleText: '접기', bodyHidden: false, frames: 1 });
  await shootLightDark(page, 'helper-shell-offer-open-ko', { fullPage: false });
});
