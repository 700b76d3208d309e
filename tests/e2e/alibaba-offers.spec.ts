import { expect, test } from './fixtures';
import { helperFrame } from './support/helper-panel';
import { evaluateInContentScript } from './support/isolated-world';
import { connectThroughOptions, openOptions, reset1688, sendFrom } from './support/relay';

/**
 * Offer details (`offers.get`): the seller's own offer through product.get; another supplier's
 * through cross.productInfo, which needs a cross-border relationship (explained when missing).
 * A seller page's helper frame may ask only about the offer id in its own tab's URL.
 */
test.beforeEach(async ({ control }) => {
  await reset1688(control, 4);
});

test.afterEach(async ({ control }) => {
  await reset1688(control);
});

type Reply = {
  ok: boolean;
  data?: { offer: { id: string; source: string; title: string } };
  error?: { code: string; kind?: string; params?: Record<string, string> };
};

test('offers: own offer through product.get, a missing cross-border relation explained', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const { config } = control;
  const seller = config.alibaba.samples.sellerMemberId;
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, config, { memberId: seller });
  await expect(
    options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${seller}"]`),
  ).toHaveAttribute('data-status', 'ok');

  const own = (await sendFrom(options, 'offers.get', { offerId: config.alibaba.samples.ownOfferId })) as Reply;
  expect(own.ok).toBe(true);
  expect(own.data?.offer).toMatchObject({ id: config.alibaba.samples.ownOfferId, source: 'own' });

  // This seller has no cross-border access: a clear error with the fix, not a raw 1688 message.
  const other = (await sendFrom(options, 'offers.get', { offerId: config.alibaba.samples.otherOfferId })) as Reply;
  expect(other.ok).toBe(false);
  expect(other.error).toMatchObject({ kind: 'alibaba.noPermission', params: { fix: 'establishCrossBorderRelation' } });
});

test('offers: a seller page may ask only about the offer in its own tab URL, through the helper frame', async ({
  context,
  control,
  openExtensionPage,
}) => {
  const { config } = control;
  const seller = config.alibaba.samples.sellerMemberId;
  const options = await openOptions(openExtensionPage);
  await connectThroughOptions(context, options, config, { memberId: seller });
  await expect(
    options.locator(`[data-testid="alibaba-account"][data-account-key="alibaba:${seller}"]`),
  ).toHaveAttribute('data-status', 'ok');
  const page = await context.newPage();
  await page.goto(config.pages.offerUrl);
  const frame = await helperFrame(page);
  await expect(frame.getByTestId('helper-frame-body')).toBeVisible();
  const ask = (type: string, offerId: string) =>
    frame.evaluate(([t, id]) => chrome.runtime.sendMessage({ type: t, payload: { offerId: id } }) as Promise<Reply>, [
      type,
      offerId,
    ] as const);
  const mine = await ask('helper.offer', config.alibaba.samples.ownOfferId);
  expect(mine.ok).toBe(true);
  expect(mine.data?.offer.id).toBe(config.alibaba.samples.ownOfferId);
  const elsewhere = await ask('helper.offer', config.alibaba.samples.otherOfferId);
  expect(elsewhere).toMatchObject({ ok: false, error: { code: 'forbidden', kind: 'helper.notInPage' } });
  // offers.get itself is for extension pages only: not the frame, not the content script.
  expect(await ask('offers.get', config.alibaba.samples.ownOfferId)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  const fromContentScript = await evaluateInContentScript<Reply>(
    page,
    `chrome.runtime.sendMessage({ type: 'offers.get', payload: { offerId: ${JSON.stringify(config.alibaba.samples.ownOfferId)} } })`,
  );
  expect(fromContentScript).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
