import type { BrowserContext, Page } from '@playwright/test';

/**
 * Stops Crossdock's service worker the way Chrome does when it suspends an idle worker (all its
 * memory is gone), then wakes it with a message. Returns once the new worker answers.
 */
export async function restartServiceWorker(context: BrowserContext, anyExtensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(anyExtensionPage);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  if (!worker) throw new Error('Crossdock service worker not found');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  // The next message starts a fresh worker.
  for (let i = 0; i < 50; i++) {
    const reply = await anyExtensionPage
      .evaluate(() => chrome.runtime.sendMessage({ type: 'system.ping', payload: {} }))
      .catch(() => undefined);
    if (reply?.ok) return;
    await anyExtensionPage.waitForTimeout(100);
  }
  throw new Error('the service worker did not come back');
}

/**
 * Stops every service worker now, as Chrome stops an idle MV3 worker, even one waiting for a
 * request (tests of work interrupted mid-request). Returns once Chrome reports it stopped.
 */
export async function stopWorkersNow(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...e.versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let i = 0; i < 50 && !statuses.includes('stopped'); i++) await page.waitForTimeout(100);
  await cdp.detach();
  if (!statuses.includes('stopped')) throw new Error('the service worker did not stop');
}
