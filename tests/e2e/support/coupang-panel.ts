import { expect, type Page } from '@playwright/test';
import { acceptConsent } from './consent';
import type { SandboxControl } from './control';

export type SandboxVendor = { vendorId: string; accessKey: string; secretKey: string; allowsLocalIp: boolean };

/** Sends a message from an extension page, as the views do. */
export function send<T = unknown>(page: Page, type: string, payload: unknown) {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const) as Promise<{
    ok: boolean;
    data?: T;
    error?: unknown;
  }>;
}

/** The sandbox vendor whose allowlist holds this machine. */
export const connectableVendor = (control: SandboxControl) =>
  (control.config.coupang.vendors as SandboxVendor[]).find((v) => v.allowsLocalIp)!;

/** The side panel in Korean at 400 px, consented, connected to the sandbox vendor, on the area `areaId`. */
export async function openCoupangPanel(
  openExtensionPage: (p: string) => Promise<Page>,
  v: SandboxVendor,
  areaId: string,
): Promise<Page> {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await acceptConsent(panel);
  expect((await send(panel, 'settings.update', { language: 'ko' })).ok).toBe(true);
  const added = await send<{ verification: { ok: boolean } }>(panel, 'connections.addCoupang', {
    vendorId: v.vendorId,
    accessKey: v.accessKey,
    secretKey: v.secretKey,
    keyIssuedAt: new Date().toISOString().slice(0, 10),
    label: 'Demo store',
  });
  expect(added.data?.verification.ok).toBe(true);
  await panel.reload();
  await panel.getByTestId(`area-${areaId}`).click();
  return panel;
}
