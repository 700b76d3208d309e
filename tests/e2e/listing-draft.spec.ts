import { expect, test } from './fixtures';
import { connectBoth } from './support/crossborder';
import { helperFrame } from './support/helper-panel';
import { ok, waitForSync } from './support/messages';
import { reset1688 } from './support/relay';
import { shootLightDark } from './support/shots';

/**
 * Issue 17, listing draft, across both sandboxes in Chromium: from the 1688 offer helper the seller
 * makes a Coupang product draft (only the offer id, SKU ids and the calculator's numbers travel);
 * the category comes from Coupang's recommendation for the seller's own title; image rights must
 * be confirmed; a title repeating the 1688 offer is refused by the background; the Coupang sandbox
 * receives exactly one create request, with 구매대행 flags and no 1688 host or offer text; when
 * Coupang approves, each option is linked to its 1688 SKU.
 */

interface SandboxOffer {
  offerId: string;
  subject: string;
  description: string;
  companyName: string;
  images: string[];
  skus: Array<{ specId: string }>;
}
interface CreateLogEntry {
  at: number;
  vendorId: string;
  body: string;
}
interface SandboxProduct {
  sellerProductId: string;
  name: string;
  items: Array<{ vendorItemId: string; sellerSku: string }>;
}
interface Link {
  vendorItemId: string;
  offerId: string;
  specId?: string;
  unitsPerItem: number;
  mode: string;
}

const TITLE = '원목 도마 주방 세트';
const IMAGE = 'https://images.example.kr/crossdock/board-main.jpg';

test.beforeEach(async ({ control }) => {
  await reset1688(control, 2);
});

test('listing draft: offer helper → own title and image → one create with 구매대행 flags, no 1688 text → linked on approval', async ({
  context,
  control,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const { config } = control;
  const { vendor } = await connectBoth(context, control, openExtensionPage);
  const createLog = () => control.call<CreateLogEntry[]>('GET', `/coupang/create-log?vendorId=${vendor.vendorId}`);
  const logBefore = (await createLog()).length;

  // The side panel at 400 px, open before the helper asks for the draft (it follows ui.navigate).
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await expect(panel.getByTestId('area-products')).toBeVisible();

  // The 1688 offer as the sandbox has it: its words must never reach Coupang.
  const offerId = config.alibaba.samples.otherOfferId;
  const offer = await control.call<SandboxOffer>('GET', `/alibaba/offers/${offerId}`);
  const specIds = offer.skus.slice(0, 2).map((s) => s.specId);

  const offerPage = await context.newPage();
  await offerPage.goto(config.pages.offerUrl.replace(config.alibaba.samples.ownOfferId, offerId));
  const frame = await helperFrame(offerPage);
  await expect(frame.getByTestId('offer-title')).toHaveText(offer.subject, { timeout: 20_000 });
  await frame.getByTestId('calc-unit-weight').fill('0.5');
  await frame.getByTestId('calc-sale-price').fill('25000');
  await expect(frame.getByTestId('calc-landed')).toBeVisible();
  const landed = Number(await frame.getByTestId('calc-landed').getAttribute('data-value'));
  const draftBox = frame.getByTestId('offer-draft');
  if (specIds.length > 1)
    await draftBox.locator(`[data-testid="offer-draft-sku"][data-spec-id="${specIds[1]}"]`).check();
  for (const scheme of ['light', 'dark'] as const) {
    await offerPage.emulateMedia({ colorScheme: scheme });
    await draftBox.screenshot({ path: test.info().outputPath(`listing-draft-helper-${scheme}.png`) });
  }
  await draftBox.getByTestId('offer-draft-make').click();

  // The products area opens on the create form, prefilled with ids and numbers only.
  const form = panel.getByTestId('create-form');
  const source = form.getByTestId('draft-source');
  await expect(source).toHaveAttribute('data-offer-id', offerId, { timeout: 20_000 });
  await expect(form.getByTestId('draft-unit-cost')).toBeVisible();
  expect(landed).toBeGreaterThan(0);
  await shootLightDark(panel, 'listing-draft-opened');

  // The seller's own title → Coupang's recommended category → its requirements.
  await form.getByTestId('create-name').fill(TITLE);
  await form.getByTestId('create-recommend').click();
  await expect(form.getByTestId('create-recommended')).toHaveAttribute('data-code', '80365');
  await expect(form.getByTestId('create-category')).toHaveValue('80365');
  await expect(form.getByTestId('create-brand')).toBeVisible();
  // One option per chosen SKU, at the calculator's price; nothing of the offer's text.
  await expect(form.getByTestId('option-price')).toHaveCount(Math.max(1, specIds.length));
  for (const price of await form.getByTestId('option-price').all()) await expect(price).toHaveValue('25000');
  expect(await form.textContent()).not.toContain(offer.subject);
  await shootLightDark(panel, 'listing-draft-prefilled');
  await form.getByTestId('create-brand').fill('우리집 주방');
  await form.getByTestId('create-imageUrl').fill(IMAGE);
  const options = await form.getByTestId('create-option').all();
  for (const [i, option] of options.entries()) {
    await option.getByTestId('option-name').fill(`원목 ${i + 1}호`);
    await option.getByTestId('option-stock').fill('20');
    await option.getByTestId('option-sku').fill(`E2E-BOARD-${i + 1}`);
    await option.locator('[data-testid="option-attribute"][data-name="수량"]').fill('1');
  }
  for (const notice of await form.getByTestId('create-notice').all()) await notice.fill('상세페이지 참조');
  await form.getByTestId('draft-agent').check();
  await form.getByTestId('draft-units').fill('2');
  await shootLightDark(panel, 'listing-draft-filled');

  // Image rights not confirmed: nothing is sent.
  await form.getByTestId('create-submit').click();
  await expect(form.getByTestId('draft-rights-missing')).toBeVisible();
  await form.getByTestId('draft-rights').check();

  // The offer's own title in the product name: the background refuses it, nothing reaches Coupang.
  await form.getByTestId('create-name').fill(`${TITLE} ${offer.subject}`);
  await form.getByTestId('create-submit').click();
  await expect(form.getByTestId('create-copied')).toHaveAttribute('data-code', 'SOURCE_TEXT');
  // A 1688 image address: refused too.
  await form.getByTestId('create-name').fill(TITLE);
  // (1688's API names images by path on its CDN, cbu01.alicdn.com.)
  await form.getByTestId('create-imageUrl').fill(`https://cbu01.alicdn.com/${offer.images[0] ?? 'img/ibank/1.jpg'}`);
  await form.getByTestId('create-submit').click();
  await expect(form.getByTestId('create-copied')).toHaveAttribute('data-code', 'SOURCE_HOST');
  await form.getByTestId('create-copied').scrollIntoViewIfNeeded();
  await shootLightDark(panel, 'listing-draft-refused');
  expect((await createLog()).length).toBe(logBefore);

  await form.getByTestId('create-imageUrl').fill(IMAGE);
  await form.getByTestId('create-submit').click();
  await expect(panel.getByTestId('create-status')).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });

  // Exactly one create request reached Coupang: the seller's words, 구매대행 flags, nothing of 1688.
  const log = (await createLog()).slice(logBefore);
  expect(log).toHaveLength(1);
  const raw = log[0]!.body;
  for (const host of ['1688.com', 'alibaba', 'alicdn']) expect(raw.toLowerCase()).not.toContain(host);
  for (const text of [offer.subject, offer.companyName, offer.description, ...offer.images].filter(Boolean))
    expect(raw).not.toContain(text);
  const body = JSON.parse(raw) as {
    sellerProductName: string;
    deliveryMethod: string;
    items: Array<{ overseasPurchased: string; pccNeeded: boolean; salePrice: number; externalVendorSku: string }>;
  };
  expect(body.sellerProductName).toBe(TITLE);
  expect(body.deliveryMethod).toBe('AGENT_BUY');
  expect(body.items).toHaveLength(options.length);
  for (const item of body.items)
    expect(item).toMatchObject({ overseasPurchased: 'OVERSEAS_PURCHASED', pccNeeded: true });

  // Coupang's review approves it (the sandbox clock moves on): each option is linked to its SKU —
  // by the next order sync already (a side read looks up drafts in review), panel or no panel.
  await control.call('POST', '/clock/advance', { ms: 11 * 60_000 });
  const coupangKey = `coupang:${vendor.vendorId}`;
  await waitForSync(panel, coupangKey);
  await ok(panel, 'orders.sync', { accountKey: coupangKey });
  await waitForSync(panel, coupangKey);
  await expect
    .poll(async () => (await ok<{ links: Link[] }>(panel, 'crossborder.setup', {})).links.length, { timeout: 30_000 })
    .toBe(options.length);
  await panel.getByTestId('create-check').click();
  await expect(panel.getByTestId('create-approval')).toHaveAttribute('data-approval', 'APPROVED', { timeout: 30_000 });
  await expect(panel.getByTestId('create-linked')).toHaveAttribute('data-count', String(options.length));
  await shootLightDark(panel, 'listing-draft-linked');

  const products = await control.call<SandboxProduct[]>('GET', `/coupang/products?vendorId=${vendor.vendorId}`);
  const made = products.find((p) => p.name === TITLE)!;
  const { links } = await ok<{ links: Link[] }>(panel, 'crossborder.setup', {});
  for (const [i, item] of made.items.entries()) {
    const link = links.find((l) => l.vendorItemId === item.vendorItemId);
    expect(link, item.sellerSku).toMatchObject({ offerId, unitsPerItem: 2, mode: 'agent' });
    const n = Number(item.sellerSku.replace('E2E-BOARD-', '')) - 1;
    expect(link?.specId).toBe(specIds[n]);
    expect(i).toBeLessThan(options.length);
  }
  // The crossborder area lists them.
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-tab-links').click();
  for (const item of made.items)
    await expect(panel.locator(`[data-testid="xb-link"][data-vendor-item-id="${item.vendorItemId}"]`)).toContainText(
      offerId,
    );
  await offerPage.close();
});
