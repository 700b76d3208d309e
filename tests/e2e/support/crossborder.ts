import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { SandboxControl } from './control';
import { ok } from './messages';
import { connectThroughOptions, openOptions } from './relay';

type Vendor = { vendorId: string; accessKey: string; secretKey: string; allowsLocalIp: boolean; wingUserId: string };

/** The sandbox Coupang vendor whose IP allowlist takes the loopback address. */
export const vendorOf = (control: SandboxControl) =>
  (control.config.coupang.vendors as Vendor[]).find((v) => v.allowsLocalIp)!;

/** The exchange rate the cross-border tests give the calculator (won per yuan). */
export const RATE = 191.25;

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
