import type { Page } from '@playwright/test';

/**
 * Records the seller's consent the way the consent screen does (the `privacy.acceptConsent`
 * message from an extension page), for tests about what happens after consent.
 */
export async function acceptConsent(extensionPage: Page): Promise<void> {
  const reply = await extensionPage.evaluate(async () => {
    const status = await chrome.runtime.sendMessage({ type: 'privacy.consentStatus', payload: {} });
    const version = status?.data?.currentVersion ?? status?.data?.version ?? 1;
    return chrome.runtime.sendMessage({ type: 'privacy.acceptConsent', payload: { version, locale: 'en' } });
  });
  if (!reply?.ok) throw new Error(`consent not recorded: ${JSON.stringify(reply)}`);
}
