import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { SandboxControl } from './control';
import { fitProblems } from './fit';
import { message, ok, waitForSync } from './messages';
import { connectThroughOptions, openOptions } from './relay';
import { stopWorkersNow } from './worker';

/** What the cross-border specs (구매대행 flow, 사입 restock) share: both sandboxes connected, sync, the worker. */

export type Vendor = {
  vendorId: string;
  accessKey: string;
  secretKey: string;
  allowsLocalIp: boolean;
  wingUserId: string;
};
export interface CoupangOrder {
  orderId: string;
  shipmentBoxId: string;
  status: string;
  invoiceNumber: string | null;
  receiver: { name: string; safeNumber: string; addr1: string; addr2: string; postCode: string };
}
export interface PurchaseStats {
  fastCreateOrderCalls: number;
  ordersCreated: number;
  orderIds: string[];
}

/** A forwarder warehouse in China: the ship-to of every test purchase. */
export const FORWARDER = {
  fullName: '威海仓库',
  mobile: '13800138000',
  provinceText: '山东省',
  cityText: '威海市',
  areaText: '环翠区',
  address: '海滨北路 88 号 Crossdock 转运仓',
};
export const RATE = 191.25;

export const vendorOf = (control: SandboxControl) =>
  (control.config.coupang.vendors as Vendor[]).find((v) => v.allowsLocalIp)!;

/** The running service worker (a new one after the old was stopped). */
export const worker = (context: BrowserContext) => context.serviceWorkers().at(-1)!;

/**
 * Syncs until the orders are in the cache. A sync already running when they were made (or changed)
 * may miss them, and a sync asked for meanwhile joins it: that one ends first, then ours runs.
 */
export async function syncUntilCached(page: Page, accountKey: string, keys: string[]) {
  await waitForSync(page, accountKey);
  for (let i = 0; i < 5; i++) {
    await ok(page, 'orders.sync', { accountKey });
    await waitForSync(page, accountKey);
    const found = await Promise.all(keys.map((key) => message(page, 'orders.detail', { key })));
    if (found.every((r) => r.ok)) return;
  }
  throw new Error(`orders never synced: ${keys.join(', ')}`);
}

/** Options: consent, Korean, the Coupang vendor, the 1688 buyer member (real OAuth window), the calculator rate. */
export async function connectBoth(
  context: BrowserContext,
  control: SandboxControl,
  open: (p: string) => Promise<Page>,
) {
  const { config } = control;
  const options = await openOptions(open);
  const buyer = config.alibaba.samples.buyerMemberId;
  await connectThroughOptions(context, options, config, { memberId: buyer });
  await expect(options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${buyer}"]`)).toHaveAttribute(
    'data-status',
    'ok',
  );
  const v = vendorOf(control);
  await ok(options, 'settings.update', { language: 'ko' });
  const added = await ok<{ verification: { ok: boolean } }>(options, 'connections.addCoupang', {
    vendorId: v.vendorId,
    accessKey: v.accessKey,
    secretKey: v.secretKey,
    keyIssuedAt: new Date().toISOString().slice(0, 10),
    label: 'Demo store',
    // Product registration (a listing draft) is made in the name of the vendor's Wing login.
    wingUserId: v.wingUserId,
  });
  expect(added.verification.ok).toBe(true);
  const calc = await ok<{ settings: Record<string, unknown> }>(options, 'helper.calculator.get', {});
  await ok(options, 'helper.calculator.save', {
    settings: { ...calc.settings, rate: { krwPerCny: RATE, date: '2026-12-04' } },
  });
  return { options, buyer, vendor: v };
}

/**
 * Confirms the open purchase plan (a double click) with 1688 slow to answer, and stops the worker
 * while the create is in flight: exactly one create reached 1688 when this returns.
 */
export async function confirmWithWorkerStopped(context: BrowserContext, panel: Page, control: SandboxControl) {
  await control.addFault({
    market: 'alibaba',
    pathPattern: 'alibaba\\.trade\\.fastCreateOrder',
    kind: 'latency',
    ms: 6000,
    times: 1,
  });
  await panel.getByTestId('xb-plan-confirm').dblclick();
  const route = 'alibaba.trade.fastCreateOrder';
  await expect
    .poll(async () => (await control.counters())[`alibaba:${control.config.alibaba.appKey}`]?.byRoute?.[route] ?? 0, {
      timeout: 10_000,
    })
    .toBe(1);
  await stopWorkersNow(context, panel);
}

/** A 구매대행 flow row as the specs read it (crossborder.flow). */
export interface FlowRowView {
  orderKey: string;
  state: string;
  customs: string;
  unfilledLines: number;
  purchases: {
    ref: string;
    orderId?: string;
    status?: string;
    createState?: string;
    stage: string;
    lineIds: string[];
  }[];
}

/** The flow row of one Coupang order, as the background answers now. */
export async function flowRow(page: Page, orderKey: string): Promise<FlowRowView | undefined> {
  const flow = await ok<{ rows: FlowRowView[] }>(page, 'crossborder.flow', {});
  return flow.rows.find((r) => r.orderKey === orderKey);
}

/** The vendor's orderable Coupang items, with whether each is a cross-border one. */
export const coupangItems = (control: SandboxControl, vendorId: string) =>
  control.call<{ vendorItemId: string; overseas: boolean }[]>('GET', `/coupang/items?vendorId=${vendorId}`);

/**
 * Screenshots of the panel in light and dark (Korean, as the spec set it) under test-results/,
 * and — with `fit` — nothing wider than the panel.
 */
export async function shootPanel(panel: Page, file: string, fit = false) {
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.screenshot({ path: `test-results/${file}-${scheme}.png`, fullPage: true });
    if (fit) expect(await fitProblems(panel), `${file} ${scheme}`).toEqual([]);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
}
