import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { fitProblems } from './fit';

/**
 * Saves `<name>-light.png` and `<name>-dark.png` of a page into the test's output folder (to be
 * looked at), then goes back to light. `fit`: also fails on anything wider than the page or a
 * Korean word broken mid-word (support/fit.ts), in each scheme.
 */
export async function shootLightDark(page: Page, name: string, opts: { fullPage?: boolean; fit?: boolean } = {}) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${scheme}.png`), fullPage: opts.fullPage ?? true });
    if (opts.fit) expect(await fitProblems(page), `${name} ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
