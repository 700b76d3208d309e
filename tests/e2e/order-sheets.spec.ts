import type { Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { expect, test } from './fixtures';
import { acceptConsent } from './support/consent';
import type { SandboxControl } from './support/control';
import { connectCoupang, ok, waitForSync } from './support/messages';

/**
 * Warehouse sheets from a selection in the side panel: the pick list page (products only, no
 * customer data), the shipping sheet (발주서) .xlsx after the seller's confirmation, and the same
 * file filled with tracking numbers coming back through the invoice import.
 */

type SandboxOrder = {
  shipmentBoxId: string;
  receiver: { name: string; safeNumber?: string; addr1: string; addr2: string };
  items: Array<{ quantity: number }>;
};

async function openSyncedPanel(
  openExtensionPage: (p: string) => Promise<Page>,
  control: SandboxControl,
  language: 'en' | 'ko' = 'en',
) {
  const vendor = control.config.coupang.vendors.find((v) => v.allowsLocalIp)!;
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 760 });
  await acceptConsent(panel);
  expect((await ok(panel, 'settings.update', { language })) !== undefined).toBe(true);
  const connected = await connectCoupang(panel, vendor);
  expect(connected.ok).toBe(true);
  await waitForSync(panel, connected.data.account.accountKey);
  await panel.reload();
  await panel.getByTestId('tab-toShip').click();
  await expect(panel.getByTestId('order-row').first()).toBeVisible();
  return panel;
}

/** Selects the first `n` rows of the open tab and returns the pick list page it opens. */
async function selectAndOpenPickList(panel: Page, n: number) {
  const rows = panel.getByTestId('select-row');
  for (let i = 0; i < n; i++) await rows.nth(i).check();
  await expect(panel.getByTestId('selected-count')).toBeVisible();
  const [pickList] = await Promise.all([
    panel.context().waitForEvent('page'),
    panel.getByTestId('open-pick-list').click(),
  ]);
  await expect(pickList.getByTestId('pick-list')).toBeVisible();
  const keys = JSON.parse(decodeURIComponent(new URL(pickList.url()).hash.slice(1))) as string[];
  return { pickList, keys };
}

const boxOf = (key: string) => key.split(':').at(-1)!;

test('the pick list totals the selected boxes and prints no customer data', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  const panel = await openSyncedPanel(openExtensionPage, control, 'ko');
  const { pickList, keys } = await selectAndOpenPickList(panel, 3);
  await pickList.setViewportSize({ width: 800, height: 900 });
  await pickList.screenshot({ path: testInfo.outputPath('pick-list-ko.png'), fullPage: true });
  await panel.screenshot({ path: testInfo.outputPath('sheet-actions-ko-light.png') });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: testInfo.outputPath('sheet-actions-ko-dark.png') });
  expect(keys).toHaveLength(3);
  const boxes = await Promise.all(keys.map((k) => control.call<SandboxOrder>('GET', `/coupang/orders/${boxOf(k)}`)));
  const units = boxes.flatMap((b) => b.items).reduce((n, i) => n + i.quantity, 0);
  const quantities = await pickList.locator('[data-testid="pick-list-items"] td.strong').allTextContents();
  expect(quantities.map(Number).reduce((a, b) => a + b, 0)).toBe(units);
  await expect(pickList.getByTestId('pick-list-boxes').locator(':scope > li')).toHaveCount(3);
  const text = (await pickList.locator('body').textContent()) ?? '';
  for (const b of boxes) {
    expect(text).toContain(b.shipmentBoxId);
    expect(text).not.toContain(b.receiver.name);
    expect(text).not.toContain(b.receiver.addr1);
  }
});

test('the shipping sheet is saved after a confirmation and comes back as an .xlsx invoice import', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  const panel = await openSyncedPanel(openExtensionPage, control);
  const { pickList, keys } = await selectAndOpenPickList(panel, 2);
  await pickList.close();

  await panel.getByTestId('export-shipping-sheet').click();
  // Nothing is made before the seller has read what the file holds.
  await expect(panel.getByRole('alertdialog')).toContainText('recipient name, phone number and address');
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByTestId('export-shipping-sheet-confirm').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^발주서_\d{8}_\d{4}\.xlsx$/);
  const saved = testInfo.outputPath('shipping-sheet.xlsx');
  await download.saveAs(saved);
  await expect(panel.getByTestId('export-outcome')).toContainText('2');

  const [sheet] = await readXlsxFile(saved, { parseNumber: (s: string) => s });
  const [header, ...rows] = sheet!.data as string[][];
  const col = (name: string) => header!.indexOf(name);
  expect(rows).toHaveLength(2);
  for (const row of rows) {
    const key = keys.find((k) => boxOf(k) === row[col('묶음배송번호')]);
    expect(key, 'each row is a selected box, its 18-digit id intact').toBeDefined();
    const box = await control.call<SandboxOrder>('GET', `/coupang/orders/${boxOf(key!)}`);
    expect(row[col('수취인이름')]).toBe(box.receiver.name);
    expect(row[col('수취인 주소')]).toContain(box.receiver.addr1);
  }

  // The seller fills in courier and tracking numbers and imports the same file back.
  const filled = [
    header!.map((value) => ({ value })),
    ...rows.map((row, i) =>
      row.map((value, c) => {
        if (c === col('택배사')) return { value: 'CJ대한통운' };
        if (c === col('운송장번호')) return { value: `5123456789${10 + i}`, type: String };
        return { value: String(value ?? ''), type: String };
      }),
    ),
  ];
  const filledPath = testInfo.outputPath('filled.xlsx');
  await writeExcelFile(filled).toFile(filledPath);
  await panel.getByTestId('invoice-import').click();
  await panel.getByTestId('import-file').setInputFiles(filledPath);
  await expect(panel.getByTestId('import-text')).toHaveValue(/묶음배송번호/);
  await panel.getByTestId('validate-import').click();
  await expect(panel.getByTestId('import-valid-row')).toHaveCount(2);
  await expect(panel.getByTestId('import-error-row')).toHaveCount(0);
  await panel.getByTestId('send-valid').click();
  for (const key of keys) {
    await expect
      .poll(
        async () =>
          (await control.call<{ invoiceNumber: string | null }>('GET', `/coupang/orders/${boxOf(key)}`)).invoiceNumber,
        {
          timeout: 30_000,
        },
      )
      .toMatch(/^5123456789\d{2}$/);
  }
});

test('an .xlsx with an id Excel stored as a number, or a file that is no workbook, is named on import', async ({
  openExtensionPage,
  control,
}, testInfo) => {
  const panel = await openSyncedPanel(openExtensionPage, control);
  const keys = (
    await ok<{ rows: Array<{ key: string }> }>(panel, 'orders.query', { tab: 'toShip', offset: 0, limit: 1 })
  ).rows.map((r) => r.key);
  const numeric = testInfo.outputPath('numeric.xlsx');
  // Excel keeps 15 significant digits: a typed 18-digit id is saved as a number ending in zeros.
  const asExcelSavesIt = Number(Number(boxOf(keys[0]!)).toPrecision(15));
  await writeExcelFile([
    [{ value: '묶음배송번호' }, { value: '택배사' }, { value: '운송장번호' }],
    [{ value: asExcelSavesIt }, { value: 'CJGLS' }, { value: '512345678901', type: String }],
  ]).toFile(numeric);
  await panel.getByTestId('invoice-import').click();
  await panel.getByTestId('import-file').setInputFiles(numeric);
  await panel.getByTestId('validate-import').click();
  const error = panel.getByTestId('import-error-row');
  await expect(error).toHaveCount(1);
  await expect(error).toHaveAttribute('data-code', /SCIENTIFIC_NOTATION|ID_PRECISION_LOST/);

  await panel.getByTestId('import-file').setInputFiles({
    name: 'orders.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('this is not a workbook'),
  });
  await expect(panel.getByTestId('import-file-problem')).toContainText('orders.xlsx');
});
