import { test, expect, ready } from './fixtures';
import type { Page } from '@playwright/test';

async function focusRingVisible(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });
}

async function tabTo(page: Page, testId: string, { backwards = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
  }
  throw new Error(`focus never reached ${testId}`);
}

test('keyboard only: skip link, search, pick a result, switch language, open the drawer', async ({ page }) => {
  // A long walk: Shift+Tab crosses the whole sidebar (sections and sub-sections) of a long chapter.
  test.setTimeout(60_000);
  await page.goto('/en/');
  // 1. The first Tab shows the skip link; Enter moves to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  expect(await focusRingVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);

  // 2. Open search from the keyboard, type, pick the second result with the arrows.
  await ready(page);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('attention');
  // Results for the whole word, not for a prefix typed on the way (a new list resets the choice).
  await expect(page.getByTestId('search-dialog')).toHaveAttribute('data-results-for', 'attention');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const chosen = await page.getByRole('option').nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${chosen!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

  // 3. Focus now starts at the section reached; Shift+Tab back up to the language switch and follow it.
  await tabTo(page, 'lang-switch', { backwards: true });
  expect(await focusRingVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('keyboard only: open the drawer, move through it, close it with Escape', async ({ page }) => {
    await page.goto('/zh/large-model-overview/');
    await ready(page); // the drawer button is JavaScript's (its chunk loads after the first paint)
    await tabTo(page, 'drawer-button');
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#sidebar')).toBeVisible();
    expect(await page.evaluate(() => !!document.activeElement?.closest('#sidebar'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#sidebar'))).toBe(true);
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#sidebar')).toBeHidden();
    await expect(page.getByTestId('drawer-button')).toBeFocused();
  });
});
