import type { BrowserContext, Page } from '@playwright/test';

/**
 * Evaluates code inside Crossdock's content-script world on `page` (through the DevTools
 * protocol), to act as a content script would — e.g. to prove the background refuses a
 * privileged message from one. Page scripts have no such access.
 */
export async function evaluateInContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5000;
  let world: (typeof contexts)[number] | undefined;
  while (!world && Date.now() < deadline) {
    world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    if (!world) await new Promise((r) => setTimeout(r, 100));
  }
  if (!world) throw new Error('Crossdock content-script world not found on this page');
  const result = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
  return result.result.value as T;
}

/**
 * Opens `url` in a new tab, watching from before the navigation for Crossdock content-script
 * worlds: `worlds()` counts those created in the tab so far (0 proves no script of ours ran there).
 */
export async function openWatchingWorlds(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; worlds: () => number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const created: Array<{ origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => created.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.waitForLoadState('load');
  return {
    page,
    worlds: () =>
      created.filter((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://')).length,
  };
}
