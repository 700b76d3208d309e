import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { acceptConsent } from './consent';
import type { SandboxControl } from './control';

/** Shared steps of the claims specs (issue 14): connect vendors, open the claims area, ask the sandbox. */

export type Vendor = { vendorId: string; accessKey: string; secretKey: string; allowsLocalIp: boolean };

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

export const localVendors = (control: SandboxControl) =>
  (control.config.coupang.vendors as Vendor[]).filter((v) => v.allowsLocalIp);

/** Today and 29 days before, KST (the claims area's 30 days), never this machine's zone. */
export function last30DaysKst(now = Date.now()) {
  const ymd = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
  return { from: ymd(now - 29 * 86_400_000), to: ymd(now) };
}

/** The side panel in Korean at 400 px with these vendors connected, on the claims area (first vendor synced). */
export async function openClaims(openExtensionPage: (p: string) => Promise<Page>, vendors: Vendor[]) {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await acceptConsent(panel);
  expect((await send(panel, 'settings.update', { language: 'ko' })).ok).toBe(true);
  for (const [n, v] of vendors.entries()) {
    const added = await send<{ verification: { ok: boolean } }>(panel, 'connections.addCoupang', {
      vendorId: v.vendorId,
      accessKey: v.accessKey,
      secretKey: v.secretKey,
      keyIssuedAt: new Date().toISOString().slice(0, 10),
      label: `Store ${n + 1}`,
    });
    expect(added.data?.verification.ok).toBe(true);
  }
  await panel.reload();
  await panel.getByTestId('area-claims').click();
  await expect(panel.getByTestId('claims-view')).toBeVisible();
  await waitSynced(panel);
  return panel;
}

/** Waits for a finished read of the claims (a newer one than `after`, when given). */
export async function waitSynced(panel: Page, after?: string) {
  const status = panel.getByTestId('claims-status');
  await expect(status).toHaveAttribute('data-synced', after ? new RegExp(`^(?!${after}$)\\d+$`) : /^\d+$/, {
    timeout: 90_000,
  });
  await expect(status).toHaveAttribute('data-phase', 'idle', { timeout: 90_000 });
  await expect(panel.getByTestId('claims-error')).toHaveCount(0);
}

/** Presses Refresh and waits for that read to finish. */
export async function refreshClaims(panel: Page) {
  const before = (await panel.getByTestId('claims-status').getAttribute('data-synced')) ?? '';
  await panel.getByTestId('claims-sync').click();
  await waitSynced(panel, before);
}

export interface SandboxReturn {
  receiptId: string;
  orderId: string;
  shipmentBoxId: string;
  receiptStatus: string;
  releaseStatus: string;
  tab: string;
  quantity: number;
  pickup: { deliveryCompanyCode: string; deliveryInvoiceNo: string } | null;
  withdrawn: boolean;
}
export interface SandboxExchange {
  exchangeId: string;
  orderId: string;
  originalShipmentBoxId: string;
  status: string;
  collectStatus: string;
  newShipmentBoxId: string;
  newBoxVisible: boolean;
  invoice: { goodsDeliveryCode: string; invoiceNumber: string } | null;
  rejectCode: string | null;
}

export function sandboxClaims(control: SandboxControl, vendorId: string) {
  const { from, to } = last30DaysKst();
  return control.call<{ returns: SandboxReturn[]; exchanges: SandboxExchange[] }>(
    'GET',
    `/coupang/claims?vendorId=${vendorId}&from=${from}&to=${to}`,
  );
}

/** Opens a claims tab and the row of one claim. */
export async function openClaim(panel: Page, tab: string, attr: 'receipt-id' | 'exchange-id', id: string) {
  await panel.getByTestId(`claims-tab-${tab}`).click();
  // A switch never shows the previous tab's rows under the new tab (no click may land on one).
  if (attr === 'receipt-id')
    expect(await panel.locator(`[data-testid=claim-row]:not([data-tab="${tab}"])`).count()).toBe(0);
  const row = panel.locator(
    `[data-testid=claim-row][data-${attr}="${id}"]${attr === 'receipt-id' ? `[data-tab="${tab}"]` : ''}`,
  );
  await row.locator('.claim-head').click();
  await expect(row.getByTestId('claim-detail')).toBeVisible();
  return row;
}

/** Sends the open claim's action form and waits for its own result. */
export async function runAction(panel: Page, row: ReturnType<Page['locator']>, action: string) {
  await row.getByTestId(`claim-action-${action}`).click();
  await row.getByTestId('claim-submit').click();
  const result = panel.getByTestId('claim-result');
  await expect(result).toHaveAttribute('data-state', /succeeded|failed|unknown/, { timeout: 30_000 });
  return result;
}
