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
