import { expect, test } from './fixtures';
import { connectBoth } from './support/crossborder';
import { helperFrame } from './support/helper-panel';
import { ok } from './support/messages';
import { reset1688 } from './support/relay';
import { shootLightDark } from './support/shots';

/**
 * Issue 17, "From a 1688 offer (helper or sourcing list)": an offer kept from the offer helper is in
 * the cross-border area's 소싱 목록 with the seller's numbers; opened, its landed cost equals the
 * helper calculator's; its listing draft opens the products form prefilled with ids and numbers
 * only; removed, it leaves the stored list.
 */

test.beforeEach(async ({ control }) => {
  await reset1688(control, 2);
});

test('sourcing list: an offer kept from the helper → its figures → a listing draft → removed', async ({
  context,
  control,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  const { config } = control;
  await connectBoth(context, control, openExtensionPage);
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await ok(panel, 'settings.update', { language: 'ko' });

  // Nothing kept yet: the tab says how to keep one.
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-tab-sourcing').click();
  await expect(panel.getByTestId('sourcing-empty')).toBeVisible();
  await shootLightDark(panel, 'sourcing-empty', { fit: true });

  // The seller keeps an offer from its page's helper, with their own weight and sale price.
  const offerId = config.alibaba.samples.otherOfferId;
  const offerPage = await context.newPage();
  await offerPage.goto(config.pages.offerUrl.replace(config.alibaba.samples.ownOfferId, offerId));
  const frame = await helperFrame(offerPage);
  await expect(frame.getByTestId('offer-title')).toBeVisible({ timeout: 20_000 });
  await frame.getByTestId('calc-unit-weight').fill('0.5');
  await frame.getByTestId('calc-sale-price').fill('25000');
  await expect(frame.getByTestId('calc-landed')).toBeVisible();
  const landed = await frame.getByTestId('calc-landed').getAttribute('data-value');
  await frame.getByTestId('sourcing-add').click();
  await expect(frame.getByTestId('sourcing-saved')).toBeVisible();
  await offerPage.close();

  await panel.getByTestId('sourcing-reload').click();
  const row = panel.locator(`[data-testid="sourcing-row"][data-offer-id="${offerId}"]`);
  await expect(row).toHaveAttribute('data-links', '0');
  await expect(panel.getByTestId('sourcing-count')).toHaveAttribute('data-count', '1');
  // Opened: 1688's prices are read, and the figures are the helper calculator's to the won.
  await row.getByTestId('sourcing-open').click();
  await expect(row.getByTestId('sourcing-figures')).toHaveAttribute('data-landed', landed!, { timeout: 20_000 });
  await expect(row.getByTestId('sourcing-margin')).toBeVisible();
  await shootLightDark(panel, 'sourcing-open', { fit: true });

  // The listing draft: the products form, prefilled with the offer id and the kept price only.
  await row.getByTestId('sourcing-draft').click();
  const form = panel.getByTestId('create-form');
  await expect(form.getByTestId('draft-source')).toHaveAttribute('data-offer-id', offerId, { timeout: 20_000 });
  for (const price of await form.getByTestId('option-price').all()) await expect(price).toHaveValue('25000');
  await expect(form.getByTestId('create-name')).toHaveValue('');

  // Removed from the list: gone from the view and from storage.
  await panel.getByTestId('area-crossborder').click();
  await panel.getByTestId('xb-tab-sourcing').click();
  // The area kept its state: the row may still be open.
  if (!(await row.getByTestId('sourcing-detail').isVisible())) await row.getByTestId('sourcing-open').click();
  await row.getByTestId('sourcing-remove').click();
  await expect(panel.getByTestId('sourcing-empty')).toBeVisible();
  const left = await ok<{ rows: unknown[] }>(panel, 'sourcing.list', {});
  expect(left.rows).toHaveLength(0);
});
